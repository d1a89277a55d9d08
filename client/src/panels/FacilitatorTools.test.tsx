// @vitest-environment jsdom
import type { FacilitatorCommand, ReadLink } from '@gapboard/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../meeting/useMeeting';
import { fakeMeeting } from '../meeting/fakeMeeting.testHelper';
import { setFacilitatorKey } from '../storage/facilitatorKeys';
import { FacilitatorTools } from './FacilitatorTools';

// jsdom lays nothing out and has no scrollIntoView: record the calls instead.
const scrolled = vi.fn<(this: Element, arg?: boolean | ScrollIntoViewOptions) => void>();
beforeEach(() => {
  scrolled.mockReset();
  Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
    scrolled.call(this, arg);
  };
});
afterEach(cleanup);

function meetingWith(readLink: ReadLink | null, sendCommand: (c: FacilitatorCommand) => void): Meeting {
  return fakeMeeting({ readLink, sendCommand });
}

function setup(initial: ReadLink | null = null) {
  const send = vi.fn<(c: FacilitatorCommand) => void>();
  const view = render(<FacilitatorTools meeting={meetingWith(initial, send)} boardId="b1" />);
  return { send, answer: (link: ReadLink) => view.rerender(<FacilitatorTools meeting={meetingWith(link, send)} boardId="b1" />) };
}

const selected = (input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);

describe('FacilitatorTools: Create read-only link', () => {
  it('brings the new link into view, focused and selected, when the server answers', () => {
    const { send, answer } = setup();
    fireEvent.click(screen.getByTestId('mint-read-link'));
    expect(send.mock.calls).toEqual([[{ type: 'mint-read-link' }]]);

    answer({ token: 'v_first', path: '/v/v_first' });
    const input = screen.getByTestId('read-link') as HTMLInputElement;
    expect(input.value).toBe(`${window.location.origin}/v/v_first`);
    expect(document.activeElement).toBe(input);
    expect(selected(input)).toBe(input.value);
    // The whole block (label, link and Copy) is scrolled to, not only the field.
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(input.closest('.read-link'));
    expect(scrolled.mock.calls[0]).toEqual([{ block: 'nearest' }]);
  });

  it('does the same for a second link, and not before the server has answered', () => {
    const { answer } = setup({ token: 'v_first', path: '/v/v_first' });
    // A link already there when the panel opens is left alone.
    expect(scrolled).not.toHaveBeenCalled();
    expect(document.activeElement).not.toBe(screen.getByTestId('read-link'));

    fireEvent.click(screen.getByTestId('mint-read-link'));
    expect(scrolled).not.toHaveBeenCalled();
    answer({ token: 'v_second', path: '/v/v_second' });
    const input = screen.getByTestId('read-link') as HTMLInputElement;
    expect(input.value).toBe(`${window.location.origin}/v/v_second`);
    expect(document.activeElement).toBe(input);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it('leaves a link that arrives unasked where it is', () => {
    const { answer } = setup();
    answer({ token: 'v_first', path: '/v/v_first' });
    expect(scrolled).not.toHaveBeenCalled();
    expect(document.activeElement).not.toBe(screen.getByTestId('read-link'));
  });
});

describe('FacilitatorTools: the facilitator link', () => {
  afterEach(() => localStorage.clear());

  it('offers the facilitator their own link, key in the fragment, for another device', () => {
    setFacilitatorKey('b1', 'secret key/1');
    setup();
    expect(screen.getByText('Facilitate from another device')).toBeTruthy();
    const input = screen.getByTestId('facilitator-link') as HTMLInputElement;
    expect(input.value).toBe(`${window.location.origin}/b/b1#key=secret%20key%2F1`);
  });

  it('has nothing to offer on a device that does not hold the key', () => {
    setup();
    expect(screen.queryByTestId('facilitator-link-details')).toBeNull();
  });
});
