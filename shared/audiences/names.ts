// Audience and chat-tag name rules: LINE's for audience names (≤ 120 characters, not blank, no
// control characters), the local ones for tags. Returns a problem code, or null when the name is fine.

import { audienceNameMaxLength, chatTagNameMaxLength } from './limits';

export type NameProblem = 'blank' | 'too-long' | 'control-characters' | 'taken';

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

function checkName(name: string, max: number): NameProblem | null {
  if (name.trim().length === 0) return 'blank';
  // LINE counts characters; a surrogate pair (emoji) is one character.
  if (Array.from(name).length > max) return 'too-long';
  if (controlCharacters.test(name)) return 'control-characters';
  return null;
}

export function checkAudienceName(name: string, existingNames: readonly string[] = []): NameProblem | null {
  const problem = checkName(name, audienceNameMaxLength);
  if (problem) return problem;
  // LINE treats descriptions case-insensitively; two audiences of one name cannot be told apart.
  const folded = name.trim().toLowerCase();
  return existingNames.some((n) => n.trim().toLowerCase() === folded) ? 'taken' : null;
}

export function checkChatTagName(name: string, existingNames: readonly string[] = []): NameProblem | null {
  const problem = checkName(name, chatTagNameMaxLength);
  if (problem) return problem;
  const folded = name.trim().toLowerCase();
  return existingNames.some((n) => n.trim().toLowerCase() === folded) ? 'taken' : null;
}
