// For tsc: a .ts module may import .astro components (astro check types them itself).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
