import { describe, expect, it } from 'vitest';
import { joinPayloadSchema } from '@gapboard/shared';
import { DEFAULT_VIEWER_NAME, meetingName } from './meetingName';

describe('meetingName', () => {
  it.each([
    { saved: '', viewerLink: false, expected: { name: '', mustAsk: true, isDefault: false } },
    { saved: '', viewerLink: true, expected: { name: DEFAULT_VIEWER_NAME, mustAsk: false, isDefault: true } },
    { saved: 'Ana', viewerLink: false, expected: { name: 'Ana', mustAsk: false, isDefault: false } },
    { saved: 'Ana', viewerLink: true, expected: { name: 'Ana', mustAsk: false, isDefault: false } },
  ])('saved "$saved", viewer link: $viewerLink', ({ saved, viewerLink, expected }) => {
    expect(meetingName(saved, viewerLink)).toEqual(expected);
  });

  it("gives viewers a name the meeting's join accepts", () => {
    const join = { boardId: 'v_'.padEnd(24, 'x'), name: DEFAULT_VIEWER_NAME, color: '#1f77b4', readToken: 'v_token' };
    expect(joinPayloadSchema.safeParse(join).success).toBe(true);
  });
});
