/**
 * "Edit this page" and "Report a problem" links, from the repository address in configuration:
 * REPOSITORY_URL, else `repository` in package.json. Without one, neither link shows.
 */

import pkg from '../../../package.json';

/** The repository's web address for this build: REPOSITORY_URL, else package.json's `repository`, else none. */
export const REPOSITORY = repositoryWebUrl(process.env['REPOSITORY_URL'] ?? (pkg as { repository?: unknown }).repository);

/** A GitHub-style web address from the forms package.json allows: "owner/repo", "github:owner/repo", a git or https URL, or { url }. */
export function repositoryWebUrl(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value && 'url' in value ? String((value as { url: unknown }).url) : '';
  const text = raw.trim().replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  if (!text) return undefined;
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(text);
  if (short) return `https://github.com/${short[1]}/${short[2]}`;
  const ssh = /^git@([\w.-]+):([\w.-]+)\/([\w.-]+)$/.exec(text);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}/${ssh[3]}`;
  return /^https?:\/\/[\w.-]+\/[\w.-]+\/[\w.-]+$/.test(text) ? text.replace(/^http:/, 'https:') : undefined;
}

/** The file a page's text is written in, relative to the repository root: what "Edit this page" opens. */
export const contentSource = (collection: 'projects' | 'guides' | 'categories', id: string): string => `content/${collection}/${id}.mdx`;

export interface PageLinks {
  edit: string;
  report: string;
}

/** The two links for a page whose source is `sourcePath` (relative to the repository root). */
export function pageLinks(repository: string | undefined, sourcePath: string, pageUrl: string, title: string, branch = 'main'): PageLinks | undefined {
  if (!repository) return undefined;
  const body = `Page: ${pageUrl}\nSource: ${sourcePath}\n\nWhat is wrong:\n`;
  return {
    edit: `${repository}/edit/${branch}/${sourcePath}`,
    report: `${repository}/issues/new?title=${encodeURIComponent(`Problem on “${title}”`)}&body=${encodeURIComponent(body)}`,
  };
}
