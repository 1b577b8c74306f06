export default defineContentScript({
  matches: ['*://www.sports.ru/*'],
  main() {
    document.documentElement.dataset.carreraLens = 'ready';
  },
});
