/**
 * Form fields any feature may use (layer "shared": React pieces used by several features; it
 * imports ui/, document/, domain/ and i18n/, never features/ other than the project context
 * until that moves to shared/ too). Every field that types saves while typing through
 * ui/useTypingDraft.ts; selects and checkboxes write on change.
 */
export { stopKeys } from './keys';
export { TypingInput } from './TypingInput';
export { TextField } from './TextField';
export { NumberField } from './NumberField';
export { SelectField } from './SelectField';
export { OwnerSelect, ownerName, shortName, TeamChip, useTeams } from './teams';
export { NumberFormatSettings } from './NumberFormatSettings';
