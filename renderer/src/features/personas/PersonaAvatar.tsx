import { initialsOf, type Persona } from '../../domain/personas';
import { usePictureUrl } from '../../shared/pictures';
import { PS } from './strings';
import { personaName } from './usePersonas';

/** The persona's picture, or its initials on its colour when there is none (or it is missing). */
export function PersonaAvatar({ persona, size = 64 }: { persona: Persona; size?: number }) {
  const url = usePictureUrl(persona.imageHash);
  const name = personaName(persona);
  const style = { width: size, height: size, fontSize: Math.round(size * 0.38) };
  if (url) {
    return <img className="persona-avatar" src={url} alt={PS.pictureOf(name)} style={style} data-testid="persona-picture" />;
  }
  return (
    <span
      className="persona-avatar persona-initials"
      role="img"
      aria-label={PS.initialsOf(name)}
      style={{ ...style, background: persona.color }}
      data-testid="persona-initials"
      // Set while a stored picture is still being read, so a print view can wait for it.
      data-picture-loading={persona.imageHash ? 'true' : undefined}
    >
      {initialsOf(persona.name)}
    </span>
  );
}
