import { parseLectureText } from '../../scenario/lectureText';
import { Term } from '../glossary/Term';

/** A stop's text with its marks: bold, code and glossary terms (never HTML). */
export function LectureText({ text }: { text: string }) {
  return (
    <>
      {parseLectureText(text).map((piece, i) => {
        switch (piece.kind) {
          case 'bold':
            return <strong key={i}>{piece.text}</strong>;
          case 'code':
            return <code key={i}>{piece.text}</code>;
          case 'term':
            return (
              <Term key={i} name={piece.term}>
                {piece.text}
              </Term>
            );
          default:
            return <span key={i}>{piece.text}</span>;
        }
      })}
    </>
  );
}
