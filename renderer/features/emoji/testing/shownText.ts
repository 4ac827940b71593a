/** The text a reader gets from an element: its text, with each image's alt text in the image's place. */
export function shownText(element: Node): string {
  if (element.nodeType === Node.TEXT_NODE) return element.nodeValue ?? '';
  if (element instanceof HTMLImageElement) return element.alt;
  let text = '';
  for (const child of element.childNodes) text += shownText(child);
  return text;
}

/** Resolves once every image under the element has loaded (or failed): check naturalWidth after. */
export async function imagesSettled(element: Element): Promise<HTMLImageElement[]> {
  const images = [...element.querySelectorAll('img')];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  return images;
}
