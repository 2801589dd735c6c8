declare module 'virtual:landscape-docs/logos' {
  import type { ResolvedLogo } from './lib/logos/logo-build.ts';
  /** Every project's logo, by project slug (see src/integrations/logos.ts). */
  const logos: Record<string, ResolvedLogo>;
  export default logos;
}
