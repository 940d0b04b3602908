/**
 * A file that could not be opened, or a scenario with errors: a heading, one line per problem
 * (each naming its field), announced at once, with Dismiss when the user may close it.
 */
export function ProblemList(props: {
  title: string;
  lines: readonly string[];
  onDismiss?: () => void;
  testId?: string;
}) {
  return (
    <div className="problems" role="alert" data-testid={props.testId}>
      <strong>{props.title}:</strong>
      <ul>
        {props.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {props.onDismiss && (
        <button type="button" onClick={props.onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
