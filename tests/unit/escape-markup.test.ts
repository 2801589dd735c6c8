import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/site/escape-markup.ts';

describe('escapeMarkup', () => {
  it('escapes the five characters that can end a text or an attribute value, in HTML and XML alike', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text, including non-Latin scripts, as it is', () => {
    expect(escapeMarkup('Kubernetes — 服务网格, сервисная сетка')).toBe('Kubernetes — 服务网格, сервисная сетка');
  });
});
