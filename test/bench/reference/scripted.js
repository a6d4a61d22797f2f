// The least a popup that shows what its worker stored can do: one module, one storage read, one line of text.
// No framework, no view logic: the floor under any popup whose content is not in its HTML.
const stored = await chrome.storage.local.get(null);
const line = document.createElement('h1');
line.textContent = `Checked: ${Object.keys(stored).length} values stored`;
document.getElementById('app').append(line);
