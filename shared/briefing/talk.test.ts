import { describe, expect, it } from 'vitest';
import { defaultTalk, moveSlide, SLIDE_IDS, slideOrder, TalkSchema, toggleHidden, visibleSlides } from './talk';

describe('talk: slide order and hidden slides', () => {
  it('presents every slide in the default order when nothing is chosen', () => {
    expect(visibleSlides(defaultTalk())).toEqual([...SLIDE_IDS]);
  });

  it('keeps a chosen order and appends slides the order does not list (added by a later version)', () => {
    expect(slideOrder({ order: ['scenario', 'title'] })).toEqual([
      'scenario',
      'title',
      'figures',
      'consignment',
      'map',
      'deposit',
      'roadmap',
      'risks',
    ]);
  });

  it('moves a slide one place and hides it, without touching the rest', () => {
    let talk = moveSlide(defaultTalk(), 'map', -1);
    expect(slideOrder(talk).slice(0, 4)).toEqual(['title', 'figures', 'map', 'consignment']);
    talk = moveSlide(talk, 'title', -1);
    expect(slideOrder(talk)[0]).toBe('title');
    talk = toggleHidden(talk, 'risks');
    expect(visibleSlides(talk)).not.toContain('risks');
    expect(visibleSlides(toggleHidden(talk, 'risks'))).toContain('risks');
  });

  it('never hides every slide', () => {
    expect(visibleSlides({ order: [], hidden: [...SLIDE_IDS] })).toEqual(['title']);
  });

  it('fills defaults for a partial talk', () => {
    expect(TalkSchema.parse({ notes: { map: 'Point at Chagai' } })).toEqual({
      ...defaultTalk(),
      notes: { map: 'Point at Chagai' },
    });
  });
});
