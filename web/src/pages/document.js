// A stored document, annotated, with one event's evidence highlighted when the link names it.

import { el, errorBox, markRendered, loading } from '../dom.js';
import { get } from '../api.js';
import { annotatedDocument } from '../annotated.js';

export async function render(root, params) {
  if (!params.id) {
    root.replaceChildren(errorBox('No document id given.'));
    markRendered('doc');
    return;
  }
  loading(root);
  try {
    const doc = await get(`documents/${encodeURIComponent(params.id)}`);
    const focus = params.s !== undefined ? { sentence: Number(params.s), span: params.span ? params.span.split(',').map(Number) : null } : null;
    root.replaceChildren(annotatedDocument(doc, focus));
    root.querySelector('.sentence.focus')?.scrollIntoView({ block: 'center' });
    // Bring the event's card into view inside the side panel.
    const side = root.querySelector('.doc-side');
    const card = root.querySelector('.event.sticky');
    if (side && card) side.scrollTop = card.offsetTop - side.offsetTop - 8;
  } catch (err) {
    root.replaceChildren(errorBox(err));
  }
  markRendered('doc');
}
