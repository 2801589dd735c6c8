/**
 * Which translations lag behind their English page: the hash each one records (`source:`) against
 * the hash of the English text now. Reported by the content check; it does not fail, because the
 * English text must be free to improve before its translations catch up. Missing interface
 * strings, by contrast, fail (interfaceStringProblems).
 */
import type { ContentFiles, ContentProblem } from '../content/content-check.ts';
import { readMdx } from '../content/frontmatter.ts';
import { sourceHash, type TranslatedKind } from './source-hash.ts';
import { DICTIONARIES } from './ui.ts';
import { placeholders } from './ui.ts';

export interface StaleTranslation {
  path: string;
  /** "changed": the English text changed since; "unrecorded": the translation names no source. */
  reason: 'changed' | 'unrecorded';
}

export function staleTranslations(files: ContentFiles): StaleTranslation[] {
  const english = new Map([...files.categories, ...files.projects, ...files.guides].map((f) => [f.path, f.text]));
  const out: StaleTranslation[] = [];
  for (const file of files.translations ?? []) {
    const [, , , kind, name] = file.path.split('/');
    const original = english.get(`content/${kind}/${name}`);
    if (original === undefined) continue;
    let recorded: unknown;
    try {
      recorded = readMdx(file.text, file.path).data['source'];
    } catch {
      continue; // The content check reports the broken file.
    }
    if (typeof recorded !== 'string') out.push({ path: file.path, reason: 'unrecorded' });
    else if (recorded !== sourceHash(kind as TranslatedKind, original, `content/${kind}/${name}`)) out.push({ path: file.path, reason: 'changed' });
  }
  return out;
}

export function formatStaleTranslations(stale: StaleTranslation[]): string[] {
  if (stale.length === 0) return [];
  return [`${stale.length} translation(s) to update, their English page changed since: ${stale.map((s) => `${s.path}${s.reason === 'unrecorded' ? ' (no source recorded)' : ''}`).join(', ')}`];
}

/** Every interface string in every language, with the English placeholders. */
export function interfaceStringProblems(): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [lang, strings] of Object.entries(DICTIONARIES)) {
    const path = `src/lib/i18n/ui/${lang}.ts`;
    for (const [key, value] of Object.entries(DICTIONARIES.en)) {
      const translated = (strings as Record<string, string | undefined>)[key];
      if (!translated?.trim()) problems.push({ path, line: 1, message: `interface string "${key}" is missing` });
      else if (placeholders(translated).join() !== placeholders(value).join()) problems.push({ path, line: 1, message: `interface string "${key}" must keep the placeholders ${placeholders(value).join(', ') || '(none)'}` });
    }
  }
  return problems;
}
