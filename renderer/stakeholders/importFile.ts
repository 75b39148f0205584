/**
 * The chosen file's bytes as base64, which is how they cross to the main process (the contract
 * carries JSON). The browser's own reader does it without a loop over the bytes here.
 */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () =>
      reject(new Error('The file could not be read. Check that it is still there and choose it again.'));
    reader.readAsDataURL(file);
  });
}
