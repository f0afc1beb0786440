import { useEffect, useRef } from 'react';
import { exposeModel } from '../shared';
import { mountLexical, type LexicalField } from './lexical';

/**
 * A Lexical editor as a React component (Meta's sites render Lexical from React). `name` registers
 * its model for __model(name); `onPost` receives the text when Enter posts (enterPosts) or the page's
 * own Post control calls `post()` through the returned ref.
 */
export function LexicalBox({
  name,
  enterPosts,
  onPost,
  fieldRef,
}: {
  name: string;
  enterPosts?: boolean;
  onPost: (text: string) => void;
  fieldRef?: { current: LexicalField | null };
}) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const field: LexicalField = mountLexical(root.current!, {
      onEnter: enterPosts
        ? () => {
            onPost(field.text());
            field.clear();
          }
        : undefined,
    });
    exposeModel(field.text, name);
    if (fieldRef) fieldRef.current = field;
    return field.dispose;
  }, [enterPosts, fieldRef, name, onPost]);
  return <div ref={root} className="lexical" spellCheck />;
}
