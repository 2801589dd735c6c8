/** Every URL the site links to is made here, so a change of scheme is one edit. */
export const projectUrl = (slug: string) => `/projects/${slug}/`;
export const categoryUrl = (slug: string) => `/categories/${slug}/`;
export const subcategoryUrl = (category: string, subcategory: string) => `/categories/${category}/${subcategory}/`;
export const subcategoryAnchor = (subcategory: string) => `sub-${subcategory}`;
export const guideUrl = (slug: string) => `/guides/${slug}/`;
/** Items that left the landscape are listed by the first letter of their key, digits together. */
export const removedGroup = (key: string) => (/^[a-z]/.test(key) ? key[0] : '0-9') as string;
export const removedGroupUrl = (group: string) => `/removed/${group}/`;
export const removedItemUrl = (key: string) => `${removedGroupUrl(removedGroup(key))}#${key}`;
/** The CNCF projects at one maturity level (landscape1's `project=graduated` filter lands here). */
export const maturityUrl = (level: string) => `/maturity/${level}/`;
