/** Calls the stand-in's test-only control API (`POST /__control/<name>`). */
export async function control<T = unknown>(standinUrl: string, name: string, body: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${standinUrl}/__control/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${name} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
