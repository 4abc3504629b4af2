import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Bidi, Num } from './Bidi';

describe('<Bidi> and <Num>', () => {
  it('set numbers, units and Latin names in isolated runs of their own direction', () => {
    const { container } = render(
      <p dir="rtl">
        <Num>{'\u221230%'}</Num> <Num>USD 18,317 m</Num> <Bidi>Dawn, 27 Feb 2026</Bidi> <Bidi>27 فروری 2026</Bidi>
      </p>,
    );
    const runs = [...container.querySelectorAll('bdi')].map((b) => b.getAttribute('dir'));
    expect(runs).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
  });
});
