/* global document -- runs in the browser */
// Drag and drop on the pipeline board. Only an enhancement: every card has a form that moves it without
// JavaScript, and a drop submits that same form with the column's stage chosen.
const board = document.querySelector('[data-module="app-pipeline-board"]');

if (board) {
  for (const hint of document.querySelectorAll('.app-js-only')) hint.hidden = false;

  for (const card of board.querySelectorAll('.app-board__card')) {
    card.setAttribute('draggable', 'true');
    card.addEventListener('dragstart', (event) => {
      event.dataTransfer.setData('text/plain', card.dataset.enterpriseId);
      event.dataTransfer.effectAllowed = 'move';
      card.classList.add('app-board__card--dragging');
    });
    card.addEventListener('dragend', () => card.classList.remove('app-board__card--dragging'));
  }

  for (const column of board.querySelectorAll('.app-board__column')) {
    column.addEventListener('dragover', (event) => {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      column.classList.add('app-board__column--over');
    });
    column.addEventListener('dragleave', () => column.classList.remove('app-board__column--over'));
    column.addEventListener('drop', (event) => {
      event.preventDefault();
      column.classList.remove('app-board__column--over');
      const id = event.dataTransfer.getData('text/plain');
      const card = [...board.querySelectorAll('.app-board__card')].find(
        (each) => each.dataset.enterpriseId === id,
      );
      if (!card || card.closest('.app-board__column') === column) return;
      const form = card.querySelector('form.app-board__move');
      if (form.dataset.submitted) return;
      form.dataset.submitted = 'true';
      form.querySelector('select[name="stage"]').value = column.dataset.stage;
      form.requestSubmit();
    });
  }
}
