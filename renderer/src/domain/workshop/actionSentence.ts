/**
 * The first words of an action made from a question, a parked topic or a voted card: a
 * sentence that reads like something to do ("Agree which problems we solve for them"), not a
 * question with a prefix ("Agree on: Do both teams agree …?"). The prompt shows it prefilled;
 * the person edits it before it is saved. English rules for Baton's English content (the
 * standard questions are English too); anything they don't recognise keeps its words.
 */

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "know" -> "knows", "have" -> "has", "speak to" -> "speaks to": the verb after a singular subject. */
function thirdPerson(rest: string): string {
  const m = /^(\S+)(.*)$/s.exec(rest);
  if (!m) return rest;
  const verb = m[1]!;
  const tail = m[2] ?? '';
  const irregular: Record<string, string> = { have: 'has', do: 'does', be: 'is', go: 'goes' };
  if (irregular[verb]) return irregular[verb] + tail;
  if (/(s|sh|ch|x|z)$/.test(verb)) return `${verb}es${tail}`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies${tail}`;
  return `${verb}s${tail}`;
}

// Subjects after "Does …": a few words that take the verb's -s form.
const SINGULAR = /^(each team|every \S+|our \S+|(?:the )?(?:marketing|sales|success)(?: team)?|the \S+ team|\S+ team)\s+(.*)$/is;

const DETERMINERS = new Set(['the', 'our', 'both', 'each', 'every', 'all', 'their', 'this', 'these', 'your']);
const PREDICATE = /^(run|current|up|ready|clear|done|set|kept|known|used|aligned|agreed|written|tied|given|in|on|at|measured|the|a|an|as)$/i;

/** "the shared reports run as often" -> ["the shared reports", "run as often"]; null when unsure. */
function splitSubject(words: string): [string, string] | null {
  const w = words.split(' ');
  if (w.length < 3 || !DETERMINERS.has(w[0]!.toLowerCase())) return null;
  for (let i = 2; i < w.length; i++) {
    const word = w[i]!.replace(/[,;:]$/, '');
    if (PREDICATE.test(word) || /ed$/i.test(word)) return [w.slice(0, i).join(' '), w.slice(i).join(' ')];
  }
  return null;
}

/** A second question inside the sentence: ", and does sales know" -> ", and that sales knows". */
function andThat(rest: string): string {
  return rest.replace(/, and does (\S+(?: team)?) (\S+)/i, (_all, who: string, verb: string) => `, and that ${who} ${thirdPerson(verb)}`);
}

/** An action's sentence for a question of the questionnaire (or any question-shaped text). */
export function actionFromQuestion(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  if (!q.endsWith('?')) return q;
  const body = q.replace(/\?+$/, '').trim();
  let m: RegExpExecArray | null;
  // "Do both teams agree (on) X" -> "Agree (on) X"
  if ((m = /^(?:do|does|did) (?:both teams|the teams|we|marketing and sales|sales and marketing) agree\b\s*(.*)$/i.exec(body)))
    return `Agree ${m[1]}`.trim();
  // "Is there X" / "Are there X": something to clear up.
  if ((m = /^(?:is|are) there (?:any |a |an )?(.*)$/i.exec(body))) return `Clear up the ${m[1]}`;
  // "Who owns …", "What makes …", "How many …": a decision to take.
  if (/^(who|what|which|when|where|how|why)\b/i.test(body)) return `Decide ${lowerFirst(body)}`;
  // "Do/Did X V …" -> "Make sure X V …"
  if ((m = /^(?:do|did) (.+)$/i.exec(body))) return `Make sure ${m[1]}`;
  // "Does X V …" -> "Make sure X Vs …"
  if ((m = /^does (.+)$/i.exec(body))) {
    const s = SINGULAR.exec(m[1]!);
    return s ? `Make sure ${s[1]} ${thirdPerson(s[2]!)}` : `Make sure ${m[1]}`;
  }
  // "Is/Are X Y" -> "Make sure X is/are Y".
  if ((m = /^(is|are) (.+)$/i.exec(body))) {
    const split = splitSubject(m[2]!);
    if (split) return `Make sure ${split[0]} ${m[1]!.toLowerCase()} ${andThat(split[1])}`;
  }
  return `Settle: ${body}`;
}

/** An action's sentence for a parked topic: a question turns into what to do, a statement stays. */
export function actionFromParked(text: string): string {
  return upperFirst(actionFromQuestion(text));
}

/** An action's sentence for a card the room voted up: a pain to fix, anything else to act on. */
export function actionFromCard(text: string, isPain: boolean): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  return isPain ? `Fix: ${t}` : `Act on: ${t}`;
}
