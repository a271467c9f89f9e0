// The floor: bare React Flow rendering the same number of plain default nodes, laid out on
// the same grid as Baton's cards, with no Baton code.
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const cards = Number(new URLSearchParams(location.search).get('cards') ?? 2000);
const COLS = 7;
const initial: Node[] = Array.from({ length: cards }, (_, i) => ({
  id: `n${i}`,
  position: { x: 200 + (i % COLS) * 280 + 14, y: 112 + Math.floor(i / COLS) * 94 },
  data: { label: `Card ${i + 1}: the buyer reads a comparison` },
}));

function Baseline() {
  const [nodes, , onNodesChange] = useNodesState(initial);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} defaultViewport={{ x: 0, y: 0, zoom: 1 }} />
    </div>
  );
}
createRoot(document.getElementById('root') as HTMLElement).render(<Baseline />);
