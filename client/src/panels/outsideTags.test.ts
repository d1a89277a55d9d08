import { describe, expect, it } from 'vitest';
import type { Warning } from '@gapboard/shared';
import { outsideTags } from './outsideTags';

const warning = (code: Warning['code'], id?: string): Warning => ({ code, message: '…', ...(id ? { id } : {}) });

describe('outsideTags', () => {
  it.each([
    { code: 'comm-before-start' as const, ongoing: false, label: 'before the alert' },
    { code: 'comm-after-resolution' as const, ongoing: false, label: 'after resolution' },
    { code: 'comm-after-resolution' as const, ongoing: true, label: 'after now' },
  ])('$code (ongoing: $ongoing) → "$label", short enough for one line of the "When" column', ({ code, ongoing, label }) => {
    const tag = outsideTags({ warnings: [warning(code, 'm1')], ongoing }).get('m1');
    expect(tag?.label).toBe(label);
    expect(tag?.label.length).toBeLessThanOrEqual(16);
    expect(tag?.title).toMatch(/left out of the gaps$/);
  });

  it('tags only comms left out of the analysis', () => {
    const tags = outsideTags({ warnings: [warning('comm-unknown-channel', 'm2'), warning('too-many-actions'), warning('comm-before-start')], ongoing: false });
    expect(tags.size).toBe(0);
  });
});
