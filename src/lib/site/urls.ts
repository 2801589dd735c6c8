/** Every URL the site links to is made here, so a change of scheme is one edit. */
export const projectUrl = (slug: string) => `/projects/${slug}/`;
export const categoryUrl = (slug: string) => `/categories/${slug}/`;
export const subcategoryUrl = (category: string, subcategory: string) => `/categories/${category}/${subcategory}/`;
export const subcategoryAnchor = (subcategory: string) => `sub-${subcategory}`;
export const guideUrl = (slug: string) => `/guides/${slug}/`;
