import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { isTypingShortcut } from '../../commands/CommandKeys';
import { updateCardText } from '../../document/actions';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { report } from '../../ui/toasts';
import { useTypingDraft } from '../../ui/useTypingDraft';
import { editorState, setEditor } from '../editorState';
import { focusCanvas } from '../focus';
import { CardBadges } from '../slots';
import { U } from '../../i18n/ui';
import { ColourShape } from '../../ui/icons';
import { addPictureToCard } from '../cardPicture';
import { usePictureUrl } from '../../shared/pictures';

export type CardNodeData = { cardId: string; stageName: string; laneName: string };
export type CardNodeType = Node<CardNodeData, 'card'>;

/**
 * The card's text while it is edited: the one typing field (ui/useTypingDraft.ts: saved 80 ms
 * after a pause and at least every 300 ms, one undo step per edit, the last keys kept on blur
 * and unmount). It opens with the keys typed before it showed (type-ahead) and closes on
 * Enter or Escape, the text kept either way.
 */
function CardEditor({ cardId, initial }: { cardId: string; initial: string }) {
  const doc = useProjectDoc();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [typedAhead] = useState(() => editorState.getState().typeAhead);
  const { handlers } = useTypingDraft(initial, (text, key) => void report(updateCardText(doc, cardId, text, key)), { typedAhead });
  useEffect(() => {
    if (editorState.getState().typeAhead) setEditor({ typeAhead: '' });
    const el = ref.current;
    el?.focus();
    requestAnimationFrame(() => el?.setSelectionRange(el.value.length, el.value.length));
  }, []);

  return (
    <textarea
      ref={ref}
      className="card-editor nodrag nopan nowheel"
      aria-label={S.editCardText}
      {...handlers}
      onBlur={() => {
        handlers.onBlur();
        if (editorState.getState().editingCardId === cardId) setEditor({ editingCardId: null });
      }}
      onKeyDown={(e) => {
        // The map never sees the editor's keys; a shortcut that works while typing (Save) goes on.
        if (!isTypingShortcut(e)) e.stopPropagation();
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          // Focus moves first (its blur finishes the edit), so the next key already reaches the map.
          focusCanvas();
          if (document.activeElement === e.currentTarget) e.currentTarget.blur();
        }
      }}
    />
  );
}

const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

function CardPicture({ hash, text }: { hash: string; text: string }) {
  const url = usePictureUrl(hash);
  if (!url) return <div className="card-picture placeholder-picture" aria-hidden />;
  return <img className="card-picture" src={url} alt={U.picture.alt(text)} draggable={false} />;
}

function CardNodeView({ id, data, selected }: NodeProps<CardNodeType>) {
  const doc = useProjectDoc();
  const card = useProject((s) => s.cards[id]);
  const editing = useStore(editorState, (s) => s.editingCardId === id);
  const atCursor = useStore(editorState, (s) => s.cursor?.cardId === id);
  const [dropping, setDropping] = useState(false);
  if (!card) return null;
  const colour = S.colorName[card.color] ?? card.color;
  return (
    <div
      className={`card card-${card.color}${selected ? ' selected' : ''}${atCursor ? ' at-cursor' : ''}${card.imageHash ? ' has-picture' : ''}${dropping ? ' drop-active' : ''}`}
      data-testid="card"
      data-card-id={id}
      data-ctx-kind="card"
      data-ctx-id={id}
      aria-label={S.cardLabel(card.text, data.stageName, data.laneName)}
      // Its colour in words too (colour is never the only sign).
      aria-description={U.colourTag(colour)}
      onDoubleClick={(e) => {
        e.stopPropagation();
        setEditor({ editingCardId: id });
      }}
      // A picture dropped on a card shows on it (stored once, by hash, like a persona's picture).
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false);
        if (!hasFiles(e)) return;
        e.preventDefault();
        void addPictureToCard(doc, id, Array.from(e.dataTransfer.files));
      }}
    >
      <Handle type="target" position={Position.Left} className="card-handle" />
      {card.imageHash && <CardPicture hash={card.imageHash} text={card.text} />}
      {editing ? (
        <CardEditor cardId={id} initial={card.text} />
      ) : (
        <div className="card-text" dir="auto">
          {card.text || <span className="placeholder">{S.editCardText}…</span>}
        </div>
      )}
      <span className="card-colour-tag" data-colour={colour} aria-hidden>
        <ColourShape colour={card.color} />
      </span>
      <CardBadges cardId={id} />
      <Handle type="source" position={Position.Right} className="card-handle" />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
