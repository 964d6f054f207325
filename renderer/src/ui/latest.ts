// An effect's request whose answer counts only while that effect is current: a newer request (the
// channel or month changed) or the component going away makes the older answer drop silently.

/** Starts nothing: hands `request`'s outcome on while current; returns the effect's cleanup. */
export function keepLatest<T>(
  request: Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  let current = true;
  request.then(
    (value) => {
      if (current) onValue(value);
    },
    (error: unknown) => {
      if (current) onError(error);
    },
  );
  return () => {
    current = false;
  };
}
