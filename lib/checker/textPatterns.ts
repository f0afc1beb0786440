import { LEADING_MENTIONS } from './engine/checker';
import { BACKTRACKING_SYNTAX } from './engine/customPatterns';
import { WORD_CHAR } from './engine/repeats';
import { LETTER_HINTS } from './language/detectLanguage';
import { TEMPLATE_PATTERNS } from './replyTemplates';
import { TOKEN_PATTERN } from './text/tokenize';

/** Every regular expression the word detectors and the engine run over texts, for the ReDoS test. */
export const TEXT_PATTERNS: readonly RegExp[] = [TOKEN_PATTERN, WORD_CHAR, LEADING_MENTIONS, BACKTRACKING_SYNTAX, ...LETTER_HINTS.map(([pattern]) => pattern), ...TEMPLATE_PATTERNS];
