export function NewNotesBar({ count, onClick }: { count: number; onClick: () => void }) {
  return (
    <button type="button" className="new-notes-bar" onClick={onClick}>
      {count === 1 ? '1 new note' : `${count} new notes`}
    </button>
  );
}
