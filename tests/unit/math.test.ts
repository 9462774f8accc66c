import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dollarSpans } from '../../src/lib/math/dollar-spans.ts';
import { InlineStyleError, layoutStylesheet, moveInlineStyles, ruleOfClass, styleClasses } from '../../src/lib/math/inline-styles.ts';
import { mathRuns, splitMath } from '../../src/lib/math/split.ts';
import { HOSTILE_PAPERS, MATH, RENDERED_TEX } from '../fixtures/hostile-strings.ts';

/** The TeX of each candidate span the dollar rule finds, `$$` spans marked. */
function candidates(text: string): string[] {
  return dollarSpans(text).map((span) => (span.display ? `$$${span.tex}$$` : span.tex));
}

describe('the dollar rule: where TeX may be', () => {
  const cases: [string, string[]][] = [
    ['an $\\mathcal{O}(n)$ algorithm', ['\\mathcal{O}(n)']],
    ['$x$', ['x']],
    ['$x$, $y$ and $z$.', ['x', 'y', 'z']],
    ['from $a$ to $b$', ['a', 'b']],
    ['a cost of $534,700 in total', []],
    ['between $5 and $10', []],
    ['$5 and 10$ per unit', ['5 and 10']],
    ['$x$5', []],
    ['$ x$ and $x $', []],
    ['a lone $ sign', []],
    ['$$', []],
    ['$$$$', []],
    ['the sum $$\\sum_i x_i$$ here', ['$$\\sum_i x_i$$']],
    ['$$ $$ and $$a$$', ['$$a$$']],
    ['\\$5 and \\$6', []],
    ['$a \\$ b$', ['a \\$ b']],
    ['price \\$x$ is $y$', ['y']],
    ['see https://example.com/?q=$x$ now', []],
    ['https://e.com/$ and $y$', ['y']],
    ['$\\frac{1}{2}$$x$', ['\\frac{1}{2}', 'x']],
    ['two\nlines $a\nb$ still one text', ['a\nb']],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(candidates(text), expected);
    });
  }

  it('reports positions that cut the delimiters exactly', () => {
    const text = 'x $a^2$ y $$b$$ z';
    assert.deepEqual(
      dollarSpans(text).map((span) => text.slice(span.start, span.end)),
      ['$a^2$', '$$b$$'],
    );
  });
});

describe('seed text with formulas', () => {
  const options = { styleClasses: true } as const;
  const tex = (text: string) => splitMath(text, options).flatMap((segment) => (segment.kind === 'math' ? [segment.tex] : []));

  it('renders only spans that KaTeX parses in strict mode without trust', () => {
    assert.deepEqual(tex('$\\mathcal{O}(n)$ and $S^{2}FT$'), ['\\mathcal{O}(n)', 'S^{2}FT']);
    assert.deepEqual(tex(MATH.href), []);
    assert.deepEqual(tex(MATH.url), []);
    assert.deepEqual(tex(MATH.htmlData), []);
    assert.deepEqual(tex(MATH.htmlStyle), []);
    assert.deepEqual(tex(MATH.includegraphics), []);
    assert.deepEqual(tex(MATH.macroBomb), []);
    assert.deepEqual(tex(MATH.korean), []);
    assert.deepEqual(tex(MATH.imgTag), []);
    assert.deepEqual(tex('unbalanced $\\frac{1}{$ brace'), []);
  });

  it('finds exactly the expected formulas in the hostile abstract, and keeps every other character', () => {
    const abstract = HOSTILE_PAPERS.find((paper) => paper.title.startsWith('Hostile List Gamma'))?.abstract[0] ?? '';
    const segments = splitMath(abstract, options);
    assert.deepEqual(
      segments.flatMap((segment) => (segment.kind === 'math' ? [segment.tex] : [])),
      [...RENDERED_TEX],
    );
    assert.equal(segments.map((segment) => segment.text).join(''), abstract);
    for (const hazard of [MATH.href, MATH.url, MATH.htmlData, MATH.imgTag, MATH.prices, MATH.escaped, MATH.inUrl, '$534,700']) {
      assert.ok(
        segments.some((segment) => segment.kind === 'text' && segment.text.includes(hazard)),
        hazard,
      );
    }
  });

  it('produces HTML without inline styles, event handlers, links or images', () => {
    for (const segment of splitMath(`${MATH.bigO} ${MATH.display} $\\color{red}{x}$ $\\sqrt{x^2}$ $\\overrightarrow{AB}$`, options)) {
      if (segment.kind !== 'math') continue;
      assert.doesNotMatch(segment.html, /\sstyle=/u);
      assert.doesNotMatch(segment.html, /\son[a-z]+=|<a\s|<img|<script|javascript:/iu);
      assert.match(segment.html, /^<span class="katex(?:-display)?">/u);
    }
  });

  it('keeps KaTeX’s inline styles when asked to (the dev server)', () => {
    const [segment] = splitMath('$x^2$', { styleClasses: false });
    assert.ok(segment?.kind === 'math', 'the formula is rendered as math');
    assert.match(segment.html, /\sstyle="height:/u);
  });
});

describe('KaTeX inline styles as classes', () => {
  it('names each declaration in a class that the stylesheet turns back into it', () => {
    assert.deepEqual(styleClasses('height:0.6833em;vertical-align:-0.25em;'), ['kx-h-0_p6833em', 'kx-va-_m0_p25em']);
    assert.deepEqual(styleClasses('color:#CC0000'), ['kx-c-_hcc0000']);
    assert.equal(ruleOfClass('kx-va-_m0_p25em'), '.kx-va-_m0_p25em{vertical-align:-0.25em!important}');
    assert.equal(ruleOfClass('kx-m-0_s_m0_p02em'), '.kx-m-0_s_m0_p02em{margin:0 -0.02em!important}');
    assert.equal(ruleOfClass('katex'), null);
    assert.equal(ruleOfClass('kx-zz-1em'), null);
    assert.equal(ruleOfClass('kx-h-1em;}body{x'), null);
  });

  it('refuses properties and values KaTeX never writes', () => {
    assert.throws(() => styleClasses('background-image:url(x)'), InlineStyleError);
    assert.throws(() => styleClasses('height:calc(1em)'), InlineStyleError);
    assert.throws(() => styleClasses('color:red;}body{'), InlineStyleError);
  });

  it('moves styles into the class attribute, keeping the classes there', () => {
    assert.equal(
      moveInlineStyles('<span class="strut" style="height:1em;"></span><span style="top:-3em;">x</span><span class="a">y</span>'),
      '<span class="strut kx-h-1em"></span><span class="kx-t-_m3em">x</span><span class="a">y</span>',
    );
  });

  it('writes a sorted stylesheet with one rule per distinct class and nothing for other classes', () => {
    const css = layoutStylesheet(['kx-h-1em', 'katex', 'kx-c-red', 'kx-h-1em']);
    assert.deepEqual(
      css.split('\n').filter((line) => line.startsWith('.')),
      ['.kx-c-red{color:red!important}', '.kx-h-1em{height:1em!important}'],
    );
  });
});

describe('formulas with their punctuation', () => {
  it('keeps the comma or full stop after an inline formula with it, and nothing else', () => {
    const runs = mathRuns(splitMath('so $x$, then $y$. And $$z$$, fine $w$ ok', { styleClasses: true }));
    assert.deepEqual(
      runs.map((run) => (run.kind === 'text' ? run.text : `[${run.display ? 'display' : 'inline'}${run.punctuation}]`)),
      ['so ', '[inline,]', ' then ', '[inline.]', ' And ', '[display]', ', fine ', '[inline]', ' ok'],
    );
  });
});
