type Stepper = (by: 1 | -1) => void;
const steppers = new Map<string, Stepper>();

/** A mounted chat column answers next/previous conversation (keyboard `]` / `[`). Returns the unregister function. */
export function registerChatStepper(columnId: string, stepper: Stepper): () => void {
  steppers.set(columnId, stepper);
  return () => {
    if (steppers.get(columnId) === stepper) steppers.delete(columnId);
  };
}

export function stepChat(columnId: string, by: 1 | -1): void {
  steppers.get(columnId)?.(by);
}
