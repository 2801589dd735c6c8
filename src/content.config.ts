import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { guideSchema } from './schemas/guide.ts';
import { projectSchema } from './schemas/project.ts';
import { translationSchema } from './schemas/translation.ts';

/**
 * Content lives in the top-level content/ folder (see README). The integration in
 * src/integrations/content-check.ts checks references between these collections before the build.
 */
export const collections = {
  categories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/categories' }),
    schema: categorySchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/guides' }),
    schema: guideSchema,
  }),
  projects: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/projects' }),
    schema: projectSchema,
  }),
  /** Chinese and Russian translations of our pages; ids are `<lang>/<kind>/<slug>` (see src/lib/i18n/translations.ts). */
  translations: defineCollection({
    loader: glob({ pattern: '{zh,ru}/{projects,guides,categories}/*.mdx', base: './content/i18n' }),
    schema: translationSchema,
  }),
};
