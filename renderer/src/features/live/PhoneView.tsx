/**
 * The participant view for a phone: what the room is doing now (agenda slot), a big form to
 * add a card to the stage in focus, the vote (slot; first below the agenda while a vote is open),
 * and the map's cards as a simple list.
 * Route: #/p/<project>/phone (joining on a narrow screen lands here).
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addCard } from '../../document/actions';
import { sortByOrder } from '../../domain/ordering';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { PhoneAgenda, PhoneVoting, usePhoneFocus } from './phoneSlots';
import { LS } from './strings';

export function PhoneView() {
  const doc = useProjectDoc();
  const focus = usePhoneFocus();
  const maps = useProject(useShallow((s) => sortByOrder(Object.values(s.maps))));
  const [chosenMap, setMapId] = useState<string | undefined>(undefined);
  const mapId = chosenMap ?? focus.mapId ?? maps[0]?.id;
  const stages = useProject(useShallow((s) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId))));
  const lanes = useProject(
    useShallow((s) => sortByOrder(Object.values(s.lanes).filter((x) => x.mapId === mapId && x.kind !== 'emotion'))),
  );
  const [chosenStage, setStageId] = useState<string | undefined>(undefined);
  const [chosenLane, setLaneId] = useState<string | undefined>(undefined);
  const stageId = stages.some((s) => s.id === chosenStage) ? chosenStage : (focus.stageId ?? stages[0]?.id);
  const laneId = lanes.some((l) => l.id === chosenLane) ? chosenLane : lanes[0]?.id;
  const [text, setText] = useState('');
  const ids = useId();
  const cards = useProject(
    useShallow((s) =>
      sortByOrder(Object.values(s.cards).filter((c) => c.mapId === mapId && c.stageId === stageId)),
    ),
  );

  const onAdd = (e: React.FormEvent) => {
    e.preventDefault();
    if (!mapId || !stageId || !laneId) return;
    if (!text.trim()) return showToast(LS.cardEmpty, { tone: 'error' });
    const r = addCard(doc, { mapId, stageId, laneId }, text);
    if (report(r)) {
      setText('');
      showToast(LS.cardAdded);
    }
  };

  // While the room votes, the vote comes first below the agenda: a thumb reaches it without
  // scrolling past the card form (and no message at the screen's foot covers its buttons).
  const voting = useProject((s) => Object.values(s.voteRounds).some((r) => r.status === 'open' && !r.archived));
  const vote = (
    <section className="phone-block" aria-label={LS.voteRegion}>
      <PhoneVoting />
    </section>
  );

  return (
    <div className="phone-view" data-testid="phone-view">
      <section className="phone-block" aria-label={LS.agendaRegion}>
        <PhoneAgenda />
      </section>
      {voting && vote}
      {!mapId ? (
        <p className="empty-state">{LS.noMap}</p>
      ) : (
        <form className="phone-block phone-add" onSubmit={onAdd} aria-labelledby="phone-add-title">
          <h2 id="phone-add-title">{LS.phoneTitle}</h2>
          {maps.length > 1 && (
            <div className="phone-field">
              <label htmlFor={`${ids}-map`}>{LS.mapLabel}</label>
              <select id={`${ids}-map`} value={mapId} onChange={(e) => setMapId(e.target.value)}>
                {maps.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="phone-field">
            <label htmlFor={`${ids}-stage`}>{LS.stageLabel}</label>
            <select id={`${ids}-stage`} value={stageId ?? ''} onChange={(e) => setStageId(e.target.value)}>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="phone-field">
            <label htmlFor={`${ids}-lane`}>{LS.laneLabel}</label>
            <select id={`${ids}-lane`} value={laneId ?? ''} onChange={(e) => setLaneId(e.target.value)}>
              {lanes.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <label>
            {LS.cardTextLabel}
            <textarea value={text} rows={3} maxLength={2000} placeholder={LS.cardPlaceholder} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit" className="primary phone-add-button" data-main-control>
            + {LS.addCard}
          </button>
        </form>
      )}
      {!voting && vote}
      {mapId && (
        <section className="phone-block" aria-labelledby="phone-cards-title">
          <h2 id="phone-cards-title">{LS.cardsOnMap}</h2>
          {cards.length === 0 && <p className="empty-state">{LS.noCards}</p>}
          {lanes.map((l) => {
            const inLane = cards.filter((c) => c.laneId === l.id);
            if (!inLane.length) return null;
            return (
              <div key={l.id}>
                <h3 className="phone-lane">{l.name}</h3>
                <ul className="phone-cards">
                  {inLane.map((c) => (
                    <li key={c.id} className={`phone-card card-${c.color}`} dir="auto" data-testid="phone-card">
                      {c.text}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </div>
  );
}
