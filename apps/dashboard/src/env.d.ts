// Vite turns CSS imports into stylesheets; the type says so for `tsc`.
declare module '*.css';
