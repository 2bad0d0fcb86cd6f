/** Placeholder: Quiz: predict the next step */
export function QuizView() {
  return <p className="placeholder">Quiz: predict the next step</p>;
}
