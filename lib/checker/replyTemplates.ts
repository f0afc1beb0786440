import type { Lang } from './types';

/**
 * The private-channel replies SafePost suggests when a draft answers someone about their own care.
 * They thank the person and move the conversation to a private channel without saying anything about
 * them — not even that they are a patient. Policy (replyTemplates) can replace any of them.
 *
 * Placeholders: {handle} (the author of the answered message), {organization}, {phone}, {secureLink}.
 * A part in [square brackets] is left out when a placeholder inside it has no value, so
 * "[ at {phone}]" disappears for an organisation without a phone number.
 */
export const DEFAULT_REPLY_TEMPLATES: Record<Lang, string> = {
  en: "[{handle} ]Thank you for reaching out. To protect your privacy, we can't discuss personal matters on social media. Please contact us directly[ at {phone}][ or through {secureLink}] so we can help.[ — {organization}]",
  fr: '[{handle} ]Merci pour votre message. Pour protéger votre vie privée, nous ne pouvons pas aborder de questions personnelles sur les réseaux sociaux. Contactez-nous directement[ au {phone}][ ou via {secureLink}] afin que nous puissions vous aider.[ — {organization}]',
  es: '[{handle} ]Gracias por escribirnos. Para proteger su privacidad, no podemos tratar asuntos personales en redes sociales. Contáctenos directamente[ al {phone}][ o a través de {secureLink}] y con gusto le ayudaremos.[ — {organization}]',
  it: '[{handle} ]Grazie per averci scritto. Per tutelare la sua privacy non possiamo trattare questioni personali sui social. Ci contatti direttamente[ al numero {phone}][ oppure tramite {secureLink}] e saremo lieti di aiutarla.[ — {organization}]',
  tr: '[{handle} ]Bize yazdığınız için teşekkür ederiz. Gizliliğinizi korumak için kişisel konuları sosyal medyada konuşamıyoruz. Size yardımcı olabilmemiz için lütfen bizimle doğrudan iletişime geçin[: {phone}][ veya {secureLink}].[ — {organization}]',
};

const OPTIONAL_PART = /\[([^[\]]*)\]/g;
const PLACEHOLDER = /\{(\w+)\}/g;
const SPACES = /[ \t]{2,}/g;
export const TEMPLATE_PATTERNS: readonly RegExp[] = [OPTIONAL_PART, PLACEHOLDER, SPACES];

/** Fills a template: placeholders get their values; bracketed parts whose placeholders are empty are dropped. */
export function fillReplyTemplate(template: string, values: Record<string, string | undefined>): string {
  const valueOf = (name: string) => (values[name] ?? '').trim();
  const withoutEmptyParts = template.replace(OPTIONAL_PART, (_part, inner: string) => {
    const names = [...inner.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    return names.every((n) => valueOf(n) !== '') ? inner : '';
  });
  return withoutEmptyParts
    .replace(PLACEHOLDER, (_whole, name: string) => valueOf(name))
    .replace(SPACES, ' ')
    .trim();
}
