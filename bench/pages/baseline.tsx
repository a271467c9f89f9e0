// The floor: bare React Flow rendering the same cards as Baton's synthetic map, at the same
// places and sizes (Baton's layout of the same plan, bench/pages/synthetic.ts), with no Baton
// code on screen. `?cull=1` turns on onlyRenderVisibleElements, as Baton does: that is the fair
// floor. Without it, React Flow's defaults render every node (kept as a labelled reference).
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { syntheticCardBoxes } from './synthetic';

const params = new URLSearchParams(location.search);
const cards = Number(params.get('cards') ?? 2000);
const cull = params.get('cull') === '1';

const built = performance.now();
const initial: Node[] = syntheticCardBoxes(cards).map((b) => ({
  id: b.id,
  position: { x: b.x, y: b.y },
  width: b.width,
  height: b.height,
  data: { label: b.text },
}));
// What the bench's "open" subtracts: building the nodes in memory is not rendering them.
(window as unknown as { __buildMs: number }).__buildMs = performance.now() - built;

function Baseline() {
  const [nodes, , onNodesChange] = useNodesState(initial);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} onNodesChange={onNodesChange} defaultViewport={{ x: 0, y: 0, zoom: 1 }} onlyRenderVisibleElements={cull} />
    </div>
  );
}
createRoot(document.getElementById('root') as HTMLElement).render(<Baseline />);
