/**
 * JSON-LD for search engines: breadcrumbs on every page that has them, SoftwareSourceCode on
 * project pages. Serialized so that it can never close its <script> element early.
 */
export interface Crumb {
  /** Undefined for a step without a page (a category that has left the landscape). */
  href: string | undefined;
  label: string;
}

export function breadcrumbList(trail: Crumb[], site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.label, ...(crumb.href ? { item: new URL(crumb.href, site).href } : {}) })),
  };
}

export function softwareSourceCode(project: {
  name: string;
  url: string;
  description: string;
  homepage: string;
  repository: string | undefined;
  keywords: string[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'SoftwareSourceCode',
    name: project.name,
    url: project.url,
    description: project.description,
    sameAs: project.homepage,
    ...(project.repository ? { codeRepository: project.repository } : {}),
    keywords: project.keywords.join(', '),
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so "</script>" cannot appear. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
