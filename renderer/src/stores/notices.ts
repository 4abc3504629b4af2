// Why: one place for short-lived messages that are not tied to a view (a file opened from outside, a
// failed import), announced to screen readers through a single live region.
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  push(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push(tone, text) {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-3), { id, tone, text }] }));
    if (tone === 'info') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 8000);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));
