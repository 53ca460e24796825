// react-dom ships no types and @types/react-dom is not installed; the previews test needs one function.
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactNode): string;
}
