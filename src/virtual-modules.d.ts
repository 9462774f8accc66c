/** Modules that the build's own Vite plugins provide (see src/integrations/). */
declare module 'virtual:code-token-styles.css';
