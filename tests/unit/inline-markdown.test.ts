import { describe, expect, it } from 'vitest';
import { rewriteContentLinks } from '../../src/lib/content/content-links.ts';
import { renderInlineMarkdown } from '../../src/lib/content/inline-markdown.ts';

describe('renderInlineMarkdown', () => {
  it('renders paragraphs, our link schemes, emphasis and code', () => {
    expect(renderInlineMarkdown('Use [Envoy](project:envoy) or **a [mesh](category:orchestration-management/service-mesh)**.\n\nSee `kubectl` and *this*.')).toBe(
      '<p>Use <a href="/projects/envoy/">Envoy</a> or <strong>a <a href="/categories/orchestration-management/service-mesh/">mesh</a></strong>.</p>\n' +
        '<p>See <code>kubectl</code> and <em>this</em>.</p>',
    );
  });

  it('escapes HTML and refuses unsafe link targets', () => {
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)> [x](javascript:alert(1))')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</p>',
    );
  });
});

describe('rewriteContentLinks', () => {
  it('turns link schemes into site URLs and keeps anchors', () => {
    expect(rewriteContentLinks('[a](project:envoy) [b](guide:cncf-maturity-levels#graduated) [c](category:runtime) [d](https://x.org)')).toBe(
      '[a](/projects/envoy/) [b](/guides/cncf-maturity-levels/#graduated) [c](/categories/runtime/) [d](https://x.org)',
    );
  });
});
