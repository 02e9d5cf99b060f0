// The portal's own script: the "версия для слабовидящих" switch (kept across pages).
const body = document.body;
const toggle = document.querySelector('[data-low-vision]');
if (localStorage.getItem('low-vision') === '1') body.classList.add('low-vision');
toggle?.addEventListener('click', (e) => {
  e.preventDefault();
  const on = body.classList.toggle('low-vision');
  localStorage.setItem('low-vision', on ? '1' : '0');
});
