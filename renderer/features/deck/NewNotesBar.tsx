/** "3 new notes": the newer items waiting above the reader's place; click to go to the top. */
export function NewNotesBar({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="new-notes-bar" onClick={onClick}>
      {label}
    </button>
  );
}
