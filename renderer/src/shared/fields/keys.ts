/** Stops the map's keyboard shortcuts (arrows, Delete, Ctrl+Z) from acting while someone types here. */
export const stopKeys = (e: React.KeyboardEvent) => {
  // Escape still reaches the side panel, which closes on it.
  if (e.key !== 'Escape') e.stopPropagation();
};
