import { countryActor, group } from './actors.js';
import { toSpeaker, type ArticleState } from './state.js';
import type { Speaker } from './types.js';

/** The countries a joint word ("the two sides", "الجانبان") stands for, given who speaks now. */
export function jointCountries(state: ArticleState, speaker: Speaker | null | undefined): string[] {
  // "the committee", "الدول الضامنة": the last group of three or more named together.
  if (state.lastGroup && state.lastGroup.length >= 3) return state.lastGroup;
  if (speaker?.joint && speaker.countries.length >= 2) return speaker.countries;
  const own = speaker?.countries.length === 1 ? speaker.countries[0] : undefined;
  if (own) {
    const other = state.sides.find((side) => !side.includes(own));
    return other ? [own, ...other] : [own];
  }
  // A side may be a collective ("وزراء خارجية دول مجلس التعاون" meeting Kerry): the two sides are all their states.
  return state.sides.slice(0, 2).flat();
}

/** The parties speaking together ("they agreed"), or the speaker alone when there is no second party. */
export function jointSpeaker(state: ArticleState, speaker: Speaker | null): Speaker | null {
  const countries = jointCountries(state, speaker);
  if (countries.length < 2) return speaker;
  return toSpeaker(group(state, countries, []), 'named');
}

/** "من جانبه" with no name: the other party of the meeting takes the floor. */
export function otherParty(state: ArticleState, current: Speaker): Speaker | null {
  const own = current.countries[0];
  const other = state.parties.find((c) => c !== own);
  if (!other) return null;
  return { actor: countryActor(state, other, []), countries: [other], joint: false, how: 'continued' };
}
