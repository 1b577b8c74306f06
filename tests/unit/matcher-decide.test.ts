/**
 * The decision (lib/matcher/decide.ts, context.ts, page-context.ts): what real text needs beyond the
 * forms, one behaviour per test, each the way a reader would notice it on a page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInPage, getMatcher } from '../../lib/matcher';

const marks = (blocks: string[], url?: string) =>
  findInPage(getMatcher(), blocks, { url }).map((list) => list.map((m) => `${m.entity}:${m.text}`));
const one = (text: string, url?: string) => marks([text], url)[0]!;

describe('a bare name needs evidence; the page gives it', () => {
  it('leaves a headline «Каррера заявил…» alone on its own, and marks it on a page that names Massimo Carrera', () => {
    expect(one('Каррера заявил, что готов снова поработать в России')).toEqual([]);
    expect(marks(['Каррера заявил, что готов снова поработать в России', 'Массимо Каррера дал интервью.'])).toEqual([
      ['carrera:Каррера'], ['carrera:Массимо Каррера'],
    ]);
  });

  it('marks no bare «Конте» on a page about Giuseppe Conte, even beside a word like «тренер»', () => {
    expect(marks(['Тренер Конте доволен.', 'Джузеппе Конте выступил в парламенте.'])).toEqual([[], []]);
    expect(marks(['Тренер Конте доволен.'])).toEqual([['conte:Конте']]);
  });

  it('weighs a namesake against the full name: an ad for a Porsche does not hide Massimo Carrera, a page on Spartak Kostroma marks no bare «Спартак»', () => {
    expect(marks(['Каррера заявил, что готов вернуться.', 'Массимо Каррера дал интервью.', 'Реклама: новый Porsche 911 Carrera.'])[0])
      .toEqual(['carrera:Каррера']);
    expect(marks(['В среду «Спартак» в гостях обыграл «Волгарь» со счетом 1:0.', 'Фото: ФК «Спартак» Кострома.'])[0]).toEqual([]);
    expect(marks(['В среду «Спартак» в гостях обыграл «Волгарь» со счетом 1:0.'])[0]).toEqual(['spartak:Спартак']);
  });

  it('reads the address: the same bare name counts on a football page and not on a car page', () => {
    expect(one('Carrera is back.', 'https://www.skysports.com/football/news/1')).toEqual([]);
    expect(one('Carrera is back with Spartak.', 'https://www.skysports.com/football/news/1')).toEqual(['carrera:Carrera', 'spartak:Spartak']);
    expect(one('The Carrera is back with a new engine.', 'https://www.autocar.co.uk/car-review/porsche/911')).toEqual([]);
  });

  it('reads «политика» as a club’s policy, not politics: a sports site’s page titled on security or transfer policy stays a football page', () => {
    const blocks = ['Каррера вернулся в Москву.', 'Массимо Каррера дал интервью.'];
    const page = (title: string) => findInPage(getMatcher(), blocks, { url: 'https://www.sports.ru/news/1.html', title })[0]!.map((m) => m.text);
    expect(page('Строгая политика безопасности')).toEqual(['Каррера']);
    expect(page('Трансферная политика «Спартака»')).toEqual(['Каррера']);
    expect(one('Трансферная политика клуба изменилась, Каррера доволен.', 'https://www.sports.ru/football/1.html')).toEqual(['carrera:Каррера']);
    expect(page('Политик ушёл в отставку')).toEqual([]);
  });

  it('reads a sports site’s page on hockey as hockey: every sport’s words in the address count for football only alone', () => {
    const text = 'Спартак обыграл соперника в гостях.';
    expect(one(text, 'https://www.sports.ru/football/news/1')).toEqual(['spartak:Спартак']);
    expect(one(text, 'https://www.sports.ru/hockey/news/1')).toEqual([]);
    expect(one(text, 'https://dzen.ru/list/sport/hokkei-spartak-reiting')).toEqual([]);
  });

  it('reads the national team’s names as another Italian team on a page whose address names the women’s or a youth side', () => {
    const text = 'Per la Nazionale azzurra è la prima vittoria nel girone.';
    expect(one(text, 'https://www.example.it/calcio/nazionale-convocati')).toEqual(['italy:Nazionale azzurra']);
    expect(one(text, 'https://www.example.it/calcio/italia-femminile-u17-le-convocate')).toEqual([]);
    expect(one(text, 'https://www.example.it/calcio/italia-under-21-convocati')).toEqual([]);
  });

  it('reads Italy’s team names in a paragraph about another sport as that sport’s team, unless the paragraph has a word only football uses', () => {
    expect(one('L’Italia ha vinto il mondiale di pallavolo. Per la nazionale azzurra è il quarto titolo.')).toEqual([]);
    expect(one('Per la nazionale azzurra è il quarto titolo.')).toEqual(['italy:nazionale azzurra']);
    expect(one('Dopo il rigore decisivo, per la nazionale azzurra è il quarto titolo. Domani tocca alla pallavolo.'))
      .toEqual(['italy:nazionale azzurra']);
  });

  it('decides the same marks whatever order the page’s blocks come in', () => {
    const blocks = [
      'Каррера заявил, что готов вернуться.', 'Массимо Каррера тренировал «Спартак».', 'Конте ушел в «Челси».',
      'Стадион «Спартак» в Нальчике.', 'Антонио Конте и сборная Италии.', 'Porsche 911 Carrera.',
      'Таблица КХЛ. «Спартак» идет пятым.', 'Италия может выступить на чемпионате Европы.',
    ];
    const byText = (order: number[]) => {
      const found = findInPage(getMatcher(), order.map((i) => blocks[i]!));
      return Object.fromEntries(order.map((i, k) => [blocks[i]!, found[k]!.map((m) => m.text)]));
    };
    const reference = byText(blocks.map((_, i) => i));
    fc.assert(fc.property(fc.shuffledSubarray(blocks.map((_, i) => i), { minLength: blocks.length }), (order) => {
      expect(byText(order)).toEqual(reference);
    }), { numRuns: 50 });
  });
});

describe('what real writers do', () => {
  it('reads look-alike letters of another alphabet inside a word, and reports the original text', () => {
    const text = 'Аленичев выступал за «Спартаκ» с 1994 года, а Μassimo Carrera — за «Ювентус».';
    expect(one(text)).toEqual(['alenichev:Аленичев', 'spartak:Спартаκ', 'carrera:Μassimo Carrera', 'juventus:Ювентус']);
  });

  it('reads a possessive as the name (Carrera’s side), not as the Porsche Carrera S', () => {
    expect(one('Spartak coach Carrera’s side won the match.')).toEqual(['spartak:Spartak', 'carrera:Carrera']);
    expect(one("Spartak coach Carrera's side won the match.")).toEqual(['spartak:Spartak', 'carrera:Carrera']);
    expect(one('The Porsche 911 Carrera S won the race.')).toEqual([]);
  });

  it('marks a misspelt surname beside its first name, and a bare one only with strong evidence', () => {
    expect(one('Под руководством Массимо Карьеры команда выиграла чемпионат.')).toEqual(['carrera:Массимо Карьеры']);
    expect(one('Тренер Карерра доволен игрой «Спартака».')).toEqual(['carrera:Карерра', 'spartak:Спартака']);
    expect(one('Карерра — фамилия героини сериала.')).toEqual([]);
  });

  it('marks the red-whites as Spartak when the nickname stands for the team, not as an adjective', () => {
    const page = ['«Спартак» уступил «Зениту» в матче РПЛ.'];
    expect(marks([...page, 'Матч красно-белых против ЦСКА перенесли.'])[1]).toEqual(['spartak:красно-белых']);
    expect(marks([...page, 'Трибуны заполнили тысячи красно-белых футболистов и флагов.'])[1]).toEqual([]);
    // A word that cannot agree with the adjective's case is no noun of it: «среда» is no plural genitive.
    expect(one('Для болельщиков красно-белых среда стала праздником: «Спартак» обыграл «Зенит» в матче чемпионата.'))
      .toEqual(['spartak:красно-белых', 'spartak:Спартак']);
    expect(one('Болельщики красно-белых шарфов не носят, но «Спартак» обыграл «Зенит» в матче чемпионата.')).toEqual(['spartak:Спартак']);
  });

  it('reads a nickname in a sentence that speaks of names (known as, nickname) as the team on a page that names it', () => {
    const page = 'Chelsea FC won the league in 1955.';
    expect(marks([page, 'Before the war they were known as the Pensioners.'])[1]).toEqual(['chelsea:Pensioners']);
    expect(marks([page, 'Their other nickname is the Blues.'])[1]).toEqual(['chelsea:Blues']);
    expect(marks(['Before the war they were known as the Pensioners.'])[0]).toEqual([]);
    expect(marks([page, 'The Chelsea Pensioners marched at the Royal Hospital.'])[1]).toEqual([]);
  });

  it('reads a capitalised one-letter preposition before a surname as no first name (…A Conte piace)', () => {
    expect(one('Il Napoli vince la partita…A Conte piace la squadra.')).toEqual(['conte:Conte']);
  });

  it('reads «Грифон» in the singular as Genoa’s nickname with evidence, and not the beast', () => {
    expect(one('Клуб имеет прозвище Грифон, и болельщики его любят.')).toEqual(['genoa:Грифон']);
    expect(one('Грифон — мифическое существо с телом льва.')).toEqual([]);
  });

  it('marks each side of a fixture joined by a hyphen, and keeps Спартак-2 and double surnames apart', () => {
    expect(one('Genoa-Bologna 0-1: the Grifone lost the derby match.')).toEqual(['genoa:Genoa', 'genoa:Grifone']);
    expect(one('«Спартак-2» обыграл «Зенит-2» в матче ФНЛ.')).toEqual([]);
    expect(one('Тренер Гонсалес-Каррера провел матч.')).toEqual([]);
  });

  it('reads a country as its national team only in a team context', () => {
    expect(one('Italy manager Antonio Conte named his squad.')).toEqual(['italy:Italy', 'conte:Antonio Conte']);
    expect(one('Belgium 0 Italy 2: Conte’s side won the match.')).toEqual(['italy:Italy', 'conte:Conte']);
    expect(one('After the match Antonio Conte returned to Italy.')).toEqual(['conte:Antonio Conte']);
    expect(one('Il ct dell’Italia, Antonio Conte, ha convocato 23 giocatori.')).toEqual(['italy:Italia', 'conte:Antonio Conte']);
  });

  it('reads a country in a football sentence as the team on a page that names the team, and never the country a player goes to', () => {
    const url = 'https://www.sport-express.ru/football/news/1';
    const team = 'Главный тренер сборной Италии доволен игрой.';
    const euro = 'Италия может успешно выступить на чемпионате Европы.';
    expect(marks([team, euro], url)[1]).toEqual(['italy:Италия']);
    expect(marks([euro], url)[0]).toEqual([]);
    expect(marks([team, 'Италия — красивая страна, говорит он.'], url)[1]).toEqual([]);
    const squad = 'Italy manager Antonio Conte named his squad.';
    expect(marks([squad, 'After the tournament Antonio Conte returned to Italy to sign a contract.'], url)[1]).toEqual(['conte:Antonio Conte']);
    expect(marks([squad, 'Italy can go far at the European Championship, says the coach.'], url)[1]).toEqual(['italy:Italy']);
  });

  it('reads a country the words around it made the team as the team for the rest of the page (Italy won… later, Italy showed…)', () => {
    const later = 'Having fallen behind early on, Italy showed great resistance in the match.';
    expect(marks(['Italy won the final on penalties.', later])).toEqual([['italy:Italy'], ['italy:Italy']]);
    expect(marks([later])).toEqual([[]]);
    expect(marks(['Italy won the final on penalties.', 'After the final he went home to Italy.'])[1]).toEqual([]);
  });

  it('reads a bare club name in a paragraph that already names the club by its own words (Genoa won… after the break Genoa…)', () => {
    const later = 'After the break Genoa was the better side.';
    expect(one(`Genoa won 2-0 at Marassi in Serie A. ${later}`)).toEqual(['genoa:Genoa', 'genoa:Genoa']);
    expect(one(`${later} Serie A resumes on Sunday.`)).toEqual([]);
    expect(one('К сожалению, пока что не в Спартак. Итальянский тренер вписал своё имя в историю «Спартака».')).toEqual(['spartak:Спартак', 'spartak:Спартака']);
  });

  it('reads Genoa as the city beside the words of where someone lives or was born, not in a Brazil-born player\'s clubs', () => {
    expect(one('A Brazil-born midfielder, Motta played for Inter and Genoa in Serie A.')).toEqual(['motta:Motta', 'genoa:Genoa']);
    expect(one('Football came with the British based in Genoa in the 1890s.')).toEqual([]);
    expect(one('The football writer, born nowhere near Genoa, always supported the team.')).toEqual([]);
  });

  it('reads a page whose address names another Spartak (…/kostromskoy-spartak-…) as that club\'s page: no bare «Спартак», unless the page names ours in full', () => {
    const text = '11 мая «Спартак» доказал, что не зря занимает первую строчку в турнирной таблице.';
    expect(one(text, 'https://k1news.ru/news/sports/kostromskoy-spartak-razgromil-volgu')).toEqual([]);
    expect(one(text, 'https://k1news.ru/news/sports/spartak-razgromil-volgu')).toEqual(['spartak:Спартак']);
    expect(marks([text, 'Московский футбольный клуб «Спартак» сыграл вничью.'], 'https://k1news.ru/news/sports/kostromskoy-spartak-i-moskovskiy-spartak')[0]).toEqual(['spartak:Спартак']);
  });

  it('reads a country led by a coach as the team, and «the national team of Italy» and «Национальная сборная Италия» as one name', () => {
    expect(one('Conte took over at Chelsea after leading Italy to the quarter-finals of Euro 2016.')).toEqual(['conte:Conte', 'chelsea:Chelsea', 'italy:Italy']);
    expect(one('Conte took over at Chelsea after a holiday in Italy.')).toEqual(['conte:Conte', 'chelsea:Chelsea']);
    expect(one('Giaccherini gave Italy the lead, and Conte will manage Italy until the summer.')).toEqual(['italy:Italy', 'conte:Conte', 'italy:Italy']);
    expect(one('The new head coach of the national team of Italy will be named on Monday.')).toEqual(['italy:national team of Italy']);
    expect(one('Национальная сборная Италия определилась с заявкой на Евро.')).toEqual(['italy:Национальная сборная Италия']);
  });

  it('reads la Signora and Madama as Juventus in football talk, and not Palazzo Madama, la Signora Rossi or a lady', () => {
    expect(one('Neanche mezzo rischio durante tutta la stagione e la Signora può tornare a festeggiare lo scudetto.')).toEqual(['juventus:Signora']);
    expect(one('Sei vittorie per Madama nelle ultime stagioni di campionato.')).toEqual(['juventus:Madama']);
    expect(one('Tanti auguri alla Signora Rossi, che ha visto la partita di campionato.')).toEqual([]);
    expect(one('Il decreto passa a Palazzo Madama dopo la partita politica alla Camera.')).toEqual([]);
  });

  it('reads the owner of the oldest or most successful club as the country, and the owner of a coach or a goal as the team', () => {
    expect(one('Established in 1893, Genoa CFC is Italy\'s oldest football team still active.')).toEqual(['genoa:Genoa CFC']);
    expect(one('Juventus are Italy\'s most successful club in the league.')).toEqual(['juventus:Juventus']);
    expect(one('Italy\'s coach praised the team after the match.')).toEqual(['italy:Italy']);
  });

  it('reads a name beside a band or a musician as another topic, and a novelty as no novel', () => {
    expect(one('I Beatles e i Rolling Stones hanno reso celebre Chelsea negli anni sessanta.')).toEqual([]);
    expect(one('Il Chelsea ha vinto la partita di campionato.')).toEqual(['chelsea:Chelsea']);
    expect(one('A novelty for the club: Chelsea won the league title.')).toEqual(['chelsea:Chelsea']);
  });

  it('reads a country as the team after «ex» (beside a club too) and before a relative clause whose verb is a result', () => {
    expect(one('Il tecnico ex Juventus e Italia ha vinto il campionato russo.')).toEqual(['juventus:Juventus', 'italy:Italia']);
    expect(one('Il tecnico della Juventus è nato in Italia e ha vinto il campionato russo.')).toEqual(['juventus:Juventus']);
    expect(one('La finale vinta dall’Italia che ha battuto la Spagna ai rigori.')).toEqual(['italy:Italia']);
    expect(one('Italy, who beat Spain on penalties, won the final.')).toEqual(['italy:Italy']);
    expect(one('La finale vista dall’Italia che ha ospitato il torneo.')).toEqual([]);
  });

  it('reads the Russian phrases for the national team as Italy’s only where Italy is named beside them', () => {
    expect(one('Тренер сборной Италии Конте покинет национальную команду после чемпионата Европы.'))
      .toEqual(['italy:сборной Италии', 'conte:Конте', 'italy:национальную команду']);
    expect(one('Капелло покинет национальную команду после чемпионата Европы.')).toEqual([]);
    expect(one('Он выиграл чемпионат Италии и два года тренировал сборную страны.')).toEqual(['italy:сборную страны']);
    expect(one('Он родился в Италии, но тренировал молодежную сборную страны.')).toEqual([]);
    const url = 'https://www.sport-express.ru/football/news/1';
    const called = 'Всего в итальянскую команду вызваны 25 игроков.';
    expect(marks(['В сборную Италии вызван Тиаго Мотта.', called], url)[1]).toEqual(['italy:итальянскую команду']);
    expect(marks([called], url)[0]).toEqual([]);
    expect(one('Контракт со «Скуадра адзуррой» истекает после Евро.')).toEqual(['italy:Скуадра адзуррой']);
  });

  it('reads what a country owns as the team’s (Italy’s second goal), and a pair of countries after «сборные»', () => {
    expect(one('Spain held firm until Italy’s late second goal in the match.')).toEqual(['italy:Italy']);
    expect(one('Spain held firm until Italy’s late summer heat wave at the match.')).toEqual([]);
    expect(one('Сборные Франции и Италии сыграли вничью в товарищеском матче.')).toEqual(['italy:Италии']);
    expect(one('Туристы из Франции и Италии приехали на матч.')).toEqual([]);
  });

  it('reads «черно-белые» as Juventus where the page is about Juventus, and not as an adjective or another black-and-white club', () => {
    const page = ['«Ювентус» лидирует в Серии А.'];
    expect(marks([...page, '«Милан», идущий вторым, опережает черно-белых на 6 очков.'])[1]).toEqual(['juventus:черно-белых']);
    expect(marks([...page, 'Фанаты раскупили 20 тысяч черно-белых футболок за матч.'])[1]).toEqual([]);
    expect(marks([...page, '«Торпедо» уступило в матче, и черно-белые опустились на шестое место.'])[1]).toEqual([]);
  });

  it('reads abbreviations written with dots (c.t. dell’Italia, Juventus F.C.)', () => {
    expect(one('Il club ha individuato nell’attuale c.t. dell’Italia l’uomo giusto per la panchina.')).toEqual(['italy:Italia']);
    expect(one('The car factory FIAT and the football club Juventus F.C. have been a solid presence.')).toEqual(['juventus:Juventus F.C.']);
    // The abbreviation's last dot ends no sentence: «stadio» is in Conte's sentence.
    expect(one('Allo stadio di Torino, davanti a tutti, il c.t. Conte osserva.')).toEqual(['conte:Conte']);
  });

  it('tells other teams of a name apart: a compound colour, a volleyball page, a country owning a club, Clube Atlético Juventus, a Grifone of other colours', () => {
    expect(marks(['«Челси» выиграл Лигу чемпионов.', 'Красно-синие под руководством Мотты занимают четвертую строчку в таблице серии А.'])[1]).toEqual(['motta:Мотты']);
    expect(one('Сборная Италии является серебряным призером олимпиады.', 'https://dzen.ru/list/sport/voleibol-sbornaia-italii')).toEqual([]);
    expect(one('The future looked awfully bleak for Italy\'s most successful and best-supported club.')).toEqual([]);
    expect(one('He was capped for Italy\'s senior football team in 2004.')).toEqual(['italy:Italy']);
    expect(one('He joined the club in 1999 from Clube Atletico Juventus as a 17-year-old.')).toEqual([]);
    expect(one('La novità è la denominazione societaria: sarà il Grifone gialloverde, in serie D.')).toEqual([]);
  });

  it('reads a capital after a colon as a clause start, not as someone\'s first name (Out of the Blue: How Conte…)', () => {
    expect(one('Out of the Blue: How Conte steered Chelsea to the title')).toEqual(['conte:Conte', 'chelsea:Chelsea']);
  });

  it('takes a club\'s official name for the club even beside its city, including its founding name', () => {
    expect(one('Genoa Cricket and Football Club is a professional football club based in the city of Genoa.')).toEqual(['genoa:Genoa Cricket and Football Club']);
    expect(one('On 7 September 1893, Genoa Cricket and Athletic Club was founded.')).toEqual(['genoa:Genoa Cricket and Athletic Club']);
  });

  it('reads more nicknames the way writers use them: il Grifo and il Vecchio Balordo, i blues, the red-whites, a misspelt Azzurri', () => {
    expect(one('Dopo 8 turni di campionato il Grifo è come il classico bicchiere a metà.')).toEqual(['genoa:Grifo']);
    expect(one('Il Perugia vince ancora in campionato e il Grifo vola in classifica.')).toEqual([]);
    expect(one('La stagione culminò con il ritorno in Europa del Vecchio Balordo e una squadra da applausi.')).toEqual(['genoa:Vecchio Balordo']);
    expect(one('Conte saluta i blues dopo due stagioni e un titolo di Premier League.')).toEqual(['conte:Conte', 'chelsea:blues']);
    expect(one('Una serata di musica blues a Londra, tra jazz e rhythm and blues.')).toEqual([]);
    expect(marks(['Spartak Moscow won the Russian league.', 'The red-whites were in for another chaotic season under the new coach.'])[1]).toEqual(['spartak:red-whites']);
    expect(one('Bonucci and Chiellini shone as the Azzuri pulled off a victory on penalties at Euro 2020.')).toEqual(['italy:Azzuri']);
  });

  it('reads full names with a patronymic or all given names as one name, a surname talked about as a word as no one, and São Paulo\'s Juventus as another club', () => {
    expect(one('Questo articolo è dedicato a Dmitrij Anatol’evič Aleničev, uno dei calciatori più forti.')).toEqual(['alenichev:Dmitrij Anatol’evič Aleničev']);
    expect(one('Дмитрий Анатольевич Аленичев родился в Великих Луках.')).toEqual(['alenichev:Дмитрий Анатольевич Аленичев']);
    expect(one('Thiago Motta Santon Olivares è nato a Sao Bernardo do Campo in Brasile.')).toEqual(['motta:Thiago Motta Santon Olivares']);
    expect(one('Inoltre, il cognome Motta è stato portato da diversi personaggi famosi nel mondo del calcio.')).toEqual([]);
    expect(one('Cresce nelle giovanili della squadra brasiliana Juventus-SP, poi firma con il Barcellona.')).toEqual([]);
    expect(one('Cresciuto nei paulisti della Juventus, arriva in Europa al Barcellona a 17 anni.')).toEqual([]);
  });

  it('tells a club from a stadium or federation named after it, reads the ampersand spelling of Genoa\'s founding name, and «i biancorossi» of Spartak but not of Bari', () => {
    expect(one('They play a Champions League group stage game on Tuesday night at the Spartak Stadium in Moscow.')).toEqual([]);
    expect(one('Una sconfitta netta allo Stadio Juventus di Torino, in Champions League.')).toEqual([]);
    expect(one('The club was founded on 7 September 1893 as Genoa Cricket & Athletic Club.')).toEqual(['genoa:Genoa Cricket & Athletic Club']);
    expect(one('Нападающий вызван в сборную, сообщает сайт Федерации футбола Италии.')).toEqual([]);
    const spartak = 'Lo Spartak Mosca di Massimo Carrera vince in campionato.';
    expect(marks([spartak, 'I biancorossi sono anche ultimi nel girone di Europa League.'])[1]).toEqual(['spartak:biancorossi']);
    expect(marks([spartak, 'Il Bari perde in casa: i biancorossi sono ultimi nel girone di serie B.'])[1]).toEqual([]);
  });

  it('reads a given name as a name, not as the word it spells («Роман Абрамович» is no novel)', () => {
    expect(one('Пол Окенфолд поблагодарил Романа Абрамовича за успехи «Челси» в прошлом.')).toEqual(['chelsea:Челси']);
  });

  it('reads «красно-белые должны» as the team doing something, and CSKA in Italian as football', () => {
    expect(marks(['Московский «Спартак» пробился в 1/8 финала Лиги Европы, где сыграет с «Лейпцигом».', 'Красно-белые должны были сыграть с «Лейпцигом» в Лиге Европы.'])[1])
      .toEqual(['spartak:Красно-белые']);
    expect(one('La grande rivale dello Spartak è il CSKA Mosca.')).toEqual(['spartak:Spartak']);
  });

  it('reads a country as the team when its sentence names its opponent in a match, and not as a place or a youth side', () => {
    expect(one('Italy’s victory over Spain at the European Championships was built on defence.')).toEqual(['italy:Italy']);
    expect(one('Италия и Испания сыграли вничью в полуфинале Евро.')).toEqual(['italy:Италия']);
    expect(one('Italy and Spain are the sunniest countries of Europe.')).toEqual([]);
    expect(one('Spain and Italy signed a trade agreement, and both won approval for their recovery plans.')).toEqual([]);
    expect(marks(['The under-21 side lost in the morning. Later Italy and Spain met at Euro 2016 in a tense semi-final.'])[0]).toEqual([]);
    expect(one('Italy’s Under-21s drew with Spain in the final.')).toEqual([]);
    expect(one('Spain held firm until Italy’s late summer heat wave at the match.')).toEqual([]);
  });

  it('keeps the Azzurri of the senior team beside a word that merely starts like «under» (underdogs), not beside Under 21', () => {
    const page = 'Italy manager Antonio Conte named his squad for the match.';
    expect(marks([page, 'Written off as underdogs, the Azzurri won the match in the last minute.'])[1]).toEqual(['italy:Azzurri']);
    expect(marks([page, 'The Azzurri of the Under-21 side won the match in the last minute.'])[1]).toEqual([]);
    expect(marks([page, 'The Azzurri of the Under 21 side won the match in the last minute.'])[1]).toEqual([]);
  });

  it('reads another country’s «nazionale» as another team, not as a namesake that hides Italy’s team on the page', () => {
    const page = ['L’Italia esordirà lunedì nella prima partita del girone.', 'Poi affronterà la nazionale svedese allo stadio di Tolosa.'];
    expect(marks(page)).toEqual([['italy:Italia'], []]);
  });

  it('reads Italian nicknames as the team only as nouns after an article, and not as adjectives after a noun', () => {
    const page = 'Il Genoa ha esonerato Thiago Motta.';
    expect(marks([page, 'I rossoblù hanno perso il derby in campionato.'])[1]).toEqual(['genoa:rossoblù']);
    expect(marks([page, 'Il pubblico rossoblù ha applaudito la squadra in campionato.'])[1]).toEqual([]);
    expect(marks([page, 'Ha giocato una stagione in rossoblù con 27 partite e 6 gol.'])[1]).toEqual([]);
    expect(one('La Juventus ha vinto: i bianconeri sono primi in classifica.')).toEqual(['juventus:Juventus', 'juventus:bianconeri']);
    expect(one('Si presenta con gli occhi azzurri e un sorriso.')).toEqual([]);
    expect(one('Il ct Antonio Conte carica i suoi azzurri prima della partita.')).toEqual(['conte:Antonio Conte', 'italy:azzurri']);
    expect(one('Il ct Antonio Conte ha i suoi occhi azzurri prima della partita.')).toEqual(['conte:Antonio Conte']);
  });

  it('gives a shared nickname to the club named before it in the paragraph: rossoblù after Cagliari, azzurri after Napoli', () => {
    const page = 'Il Genoa ha esonerato Thiago Motta dopo la sconfitta in campionato.';
    const cagliari = 'Il Cagliari ha giocato in casa contro la Lazio. Nella ripresa i rossoblù hanno segnato due gol.';
    expect(marks([page, cagliari])[1]).toEqual([]);
    expect(marks([page, 'Il Genoa ha battuto il Cagliari. Nella ripresa i rossoblù hanno segnato due gol.'])[1]).toEqual(['genoa:Genoa', 'genoa:rossoblù']);
    const italy = 'Il ct dell’Italia Antonio Conte ha convocato 23 giocatori.';
    expect(marks([italy, 'Il Napoli ha giocato in casa. Nella ripresa gli azzurri hanno segnato due gol.'])[1]).toEqual([]);
    expect(marks([italy, 'Nella ripresa gli azzurri hanno segnato due gol.'])[1]).toEqual(['italy:azzurri']);
  });
});

describe('look-alikes decided by context', () => {
  it('leaves places named Spartak: a nominative name after a place word', () => {
    expect(one('Станция метро «Спартак» открылась у стадиона, где играет команда.')).toEqual([]);
    expect(one('Болельщики пришли на стадион «Спартака» на матч.')).toEqual(['spartak:Спартака']);
    expect(one('В метрополитене открылась новая станция — «Спартак», рядом со стадионом, где играет команда.')).toEqual([]);
  });

  it('reads Спартак Москва unquoted and столичный «Спартак» as the club, beside Nalchik\'s too, but Spartak Moscow on a hockey page as the hockey club', () => {
    expect(one('Следующий матч футбольный клуб Спартак Москва проведет в Кубке России.')).toEqual(['spartak:Спартак Москва']);
    expect(one('Полузащитник нальчикского «Спартака» готовится к матчу против столичного «Спартака».')).toEqual(['spartak:Спартака']);
    expect(one('Полузащитник нальчикского «Спартака» готовится к матчу против «Спартака».')).toEqual([]);
    const table = 'Спартак Москва воспользовался осечкой Витязя в турнирной таблице.';
    expect(marks(['Спартак бьётся за плей-офф. ХОККЕЙ.', table], 'https://dzen.ru/list/sport/spartak-hokkeinyi-klub-moskva-tablica')).toEqual([[], []]);
    expect(one(table, 'https://www.sports.ru/football/1.html')).toEqual(['spartak:Спартак Москва']);
  });

  it('reads "under Antonio Conte" as the coach, and only "Under 21" as Italy\'s youth side', () => {
    expect(one('The Azzurri netted more than two goals for the first time under Antonio Conte.')).toEqual(['italy:Azzurri', 'conte:Antonio Conte']);
    expect(one('The Azzurri under 21 netted more than two goals.')).toEqual([]);
  });

  it('reads "took the lead" as football words, and «итальянская дружина» as Italy\'s team where the page names it', () => {
    expect(one('After less than ten minutes, Genoa took the lead through Luca Antonini.')).toEqual(['genoa:Genoa']);
    expect(marks(['Сборная Италии начала Евро с победы.', 'Наставником итальянской дружины был Антонио Конте, и матч сложился удачно.'])[1])
      .toEqual(['italy:итальянской дружины', 'conte:Антонио Конте']);
  });

  it('leaves a club\'s team named with its own qualifier (Chelsea Women, Genoa Primavera): another team, by the guidelines\' rule 11', () => {
    expect(one('Chelsea Women won the league title again.')).toEqual([]);
    expect(one('La Genoa Primavera ha vinto il derby di campionato.')).toEqual([]);
    expect(one('Chelsea won the league title again.')).toEqual(['chelsea:Chelsea']);
  });

  it('reads "volleyed" as a football shot, not volleyball; "Italy team" and "Italy’s national soccer team" as one name; players as football words', () => {
    expect(one('Luke Shaw volleyed stylishly past the Italy goalkeeper Gianluigi Donnarumma.')).toEqual(['italy:Italy']);
    expect(one('La nazionale di volley ha vinto, e l’Italia festeggia il titolo.')).toEqual([]);
    expect(one('Conte’s break followed the exit of his Italy team from Euro 2016.')).toEqual(['conte:Conte', 'italy:Italy team']);
    expect(one('Italy’s national soccer team is gearing up for the tournament.')).toEqual(['italy:Italy’s national soccer team']);
    expect(one('The Telegraph says Conte promised his players more.')).toEqual(['conte:Conte']);
  });

  it('reads «le rossoblu» (the women\'s side) as Genoa, by round 8\'s rule 4, and not «le maglie rossoblu»', () => {
    expect(one('Le rossoblu perdono contro il Tavagnacco 3-1 nella prima partita di Serie B.')).toEqual(['genoa:rossoblu']);
    expect(one('Le maglie rossoblu sono in vendita dopo la partita di Serie B.')).toEqual([]);
  });

  it('reads "the national team" as Italy\'s beside Conte, who coached no other, and not another country\'s or a national team without him', () => {
    expect(one('After Euro 2016, Conte will leave the national team for Chelsea.')).toEqual(['conte:Conte', 'italy:national team', 'chelsea:Chelsea']);
    expect(one('Conte watched the Belgian national team before the match.')).toEqual(['conte:Conte']);
    expect(one('The national team lost again in the match, the paper says.')).toEqual([]);
  });

  it('leaves Spartacus the gladiator, and keeps the club between quotes beside his image', () => {
    expect(one('Восстание рабов возглавил гладиатор Спартак.')).toEqual([]);
    expect(one('На баннере болельщиков перед матчем — изображение гладиатора и эмблема «Спартака».')).toEqual(['spartak:Спартака']);
  });

  it('reads a name beside the words that say it is a football club as the club without doubt, unless another city qualifies it', () => {
    expect(marks(['Стадион футбольного клуба «Спартак» примет матчи.', 'Станция метро «Спартак» открылась рядом.']))
      .toEqual([['spartak:Спартак'], []]);
    expect(one('ФК «Спартак» Кострома обыграл соперника.')).toEqual([]);
    expect(marks(['Is Chelsea football club older than the city’s other teams?', 'In their early days, Chelsea was known by another name.']))
      .toEqual([['chelsea:Chelsea'], ['chelsea:Chelsea']]);
  });

  it('leaves Spartak of another sport: club and coach are every sport’s words', () => {
    expect(one('«Спартак» обыграл «Динамо» в матче КХЛ, тренер доволен.')).toEqual([]);
    expect(one('«Спартак» обыграл «Динамо» в матче РПЛ, тренер доволен.')).toEqual(['spartak:Спартак']);
  });

  it('reads a bare name its block puts in another sport as a namesake on the page: a KHL table’s «Спартак» is the hockey club throughout', () => {
    const titles = '«Спартак» является одним из самых титулованных клубов страны.';
    expect(marks(['Таблица КХЛ. «Спартак» идет пятым.', titles])).toEqual([[], []]);
    expect(marks([titles])).toEqual([['spartak:Спартак']]);
  });

  it('on a live blog whose posts mix topics, a name its own sentence puts beside our club is no namesake: the page’s other bare «Каррера» stay marked', () => {
    const post = 'Премьер-министр выступил в парламенте. Каррера вспоминает время в «Спартаке» как лучшее.';
    const blocks = [post, post.replace('лучшее', 'счастливое'), 'Массимо Каррера дал интервью.', 'Каррера заявил, что готов вернуться.'];
    expect(marks(blocks, 'https://www.sports.ru/football/')[3]).toEqual(['carrera:Каррера']);
  });

  it('our club in its own sentence outweighs a namesake the page names more often: «Конте привёл «Ювентус»…» on a page that also reports on Giuseppe Conte', () => {
    const blocks = [
      'Джузеппе Конте выступил в парламенте.',
      'Джузеппе Конте подал в отставку.',
      'Конте привёл «Ювентус» к трём титулам подряд.',
      'Конте встретился с президентом республики.',
    ];
    expect(marks(blocks, 'https://www.sports.ru/football/')).toEqual([[], [], ['conte:Конте', 'juventus:Ювентус'], []]);
  });

  it('leaves Chelsea the district and the person, and the noble title «Conte»', () => {
    expect(one('Chelsea è uno dei quartieri più ricchi di Londra.')).toEqual([]);
    expect(one('Chelsea si è laureata a Stanford.')).toEqual([]);
    expect(one('Il protagonista del canto è il Conte Ugolino.')).toEqual([]);
  });
});

describe('which one of a name', () => {
  it('reads a city\'s adjective before «ФК» or «футбольный клуб» as it reads it right before the name', () => {
    expect(one('Новоиспечённый тамбовский ФК «Спартак» провёл первый матч во Второй лиге.')).toEqual([]);
    expect(one('Новоиспечённый тамбовский «Спартак» провёл первый матч во Второй лиге.')).toEqual([]);
    expect(one('Московский ФК «Спартак» провёл первый матч в сезоне.')).toEqual(['spartak:Спартак']);
    expect(one('Московский футбольный клуб «Спартак» обыграл «Зенит».')).toEqual(['spartak:Спартак']);
  });
});

describe('what ninth-round real text needed', () => {
  it('reads a country with a plural verb after it as the team (Italy have called up…), not «Italy has», nor a country after «of»', () => {
    expect(one('Italy have called up Sandro Tonali for the qualifiers.')).toEqual(['italy:Italy']);
    expect(one('Italy are in the middle of a generational transition after the Euros.')).toEqual(['italy:Italy']);
    expect(one('Italy has a new prime minister.')).toEqual([]);
    expect(one('Genoa, the nine times champions of Italy, are the country’s oldest club.')).not.toContain('italy:Italy');
  });

  it('takes another country\'s national team for no namesake of Italy: the Azzurri stay marked beside the Saudi Arabian national team', () => {
    expect(marks([
      'Italy coach Luciano Spalletti spoke at his first press conference since being put in charge of the Azzurri.',
      'Roberto Mancini went on to take over the Saudi Arabian national team.',
    ])).toEqual([['italy:Italy', 'italy:Azzurri'], []]);
  });

  it('reads a Russian colour nickname in the genitive after a word of a team\'s people or matches as the team (экс-хавбек синих, матч красно-белых), not the nominative after «матч»', () => {
    expect(one('Экс-хавбек синих предсказуемо провалился ещё раз.', 'https://www.sport-express.ru/football/england/')).toEqual(['chelsea:синих']);
    expect(one('Последний выездной матч красно-белых в этом сезоне пройдёт в Самаре.')).toEqual(['spartak:красно-белых']);
    expect(one('Следующий матч красно-белые проведут в Самаре.')).toEqual([]);
  });

  it('takes an Italian nickname other clubs share for the club the page\'s address names and not ours (…per-il-cagliari…), but not the Azzurri of English writers', () => {
    const cagliari = 'https://sardegna24.news/2024/05/20/un-nuovo-miracolo-targato-ranieri-per-il-cagliari';
    const text = 'Alla Domus ne fa le spese il Genoa, che esce sconfitto. Due gol in pieno recupero danno i tre punti ai rossoblù.';
    expect(one(text, cagliari)).toEqual(['genoa:Genoa']);
    expect(one(text, 'https://www.genoacfc.it/news/genoa-cagliari')).toEqual(['genoa:Genoa', 'genoa:rossoblù']);
    expect(one('The head coach of the Azzurri has been casting his eye over the squad.', 'https://www.theguardian.com/football/blog/2012/aug/15/juventus-roma-napoli'))
      .toEqual(['italy:Azzurri']);
    expect(one('L’Ascoli verso il derby con la Samb: ancora bianconeri e rossoblù uno di fronte all’altro.')).toEqual([]);
  });

  it('reads «Ювентус» in the nominative after a place word as the place (Стадион «Ювентус»), and in the genitive as the club', () => {
    expect(one('Чемпионат Италии, 13-й тур. Турин. Стадион «Ювентус». Судья — Паоло Маццолени.')).toEqual([]);
    expect(one('Матч прошёл на стадионе «Ювентуса» в Турине.')).toEqual(['juventus:Ювентуса']);
  });

  it('reads the spellings real pages use (Italy’s men’s national team, Juventus Turin, Dimitri Alenichev), and the Spartak sports society as no club', () => {
    expect(one('Three years later, Italy’s men’s national team has won the European Championship.')).toEqual(['italy:Italy’s men’s national team']);
    expect(one('Fans say Juventus Turin will not agree with them using the name.')).toEqual(['juventus:Juventus Turin']);
    expect(one('He was brought in to assist Dimitri Alenichev last summer.')).toEqual(['alenichev:Dimitri Alenichev']);
    expect(one('The football club is a part of the Spartak Moscow sports society.')).toEqual([]);
  });

  it('reads the tenth round\'s team words (Италия не забивает в серии пенальти, un\'Italia / all\'Italia in a match report, «вышел вперёд», Stamford Bridge) and its look-alikes (Paolo Conte\'s jazz, a youth Euro)', () => {
    expect(one('В серии пенальти Италия не забивает свой второй удар.')).toEqual(['italy:Италия']);
    expect(one('Италия выиграла, забив гол в концовке.')).toEqual(['italy:Италия']);
    expect(one('Nelle qualificazioni mondiali la Norvegia batte un’Italia senza idee: tre gol subiti.')).toEqual(['italy:Italia']);
    expect(one('Ai playoff all’Italia serviranno due vittorie per andare ai Mondiali, dice il ct.')).toEqual(['italy:Italia']);
    expect(marks(['Челси вышел вперёд уже на 20-й минуте.', 'Тренер Челси доволен.'])[0]).toEqual(['chelsea:Челси']);
    expect(one('Chelsea were held again at Stamford Bridge.')).toEqual(['chelsea:Chelsea']);
    expect(one('The signature Conte blend of jazz and European café songs made him famous.')).toEqual([]);
    expect(marks(['Италия - победитель юношеского Евро-2023', 'В финале Италия обыграла Португалию.'])[0]).toEqual([]);
    expect(one('Все помнят, как играл Аленничев в «Порту».')).toEqual(['alenichev:Аленничев']);
    expect(one('Dima Alenichev won the Champions League with Porto.')).toEqual(['alenichev:Dima Alenichev']);
    expect(one('Genoa Cricket and Football Club 1893 is a football club.')).toEqual(['genoa:Genoa Cricket and Football Club 1893']);
  });

  it('lets a name marked by its own sentence elsewhere on the page lift a nickname one short (the Blues after "Chelsea won"), less than a name stated without doubt', () => {
    expect(one('Jackson put the Blues ahead after the equaliser.')).toEqual([]);
    expect(marks(['Chelsea won at home.', 'Jackson put the Blues ahead after the equaliser.'])).toEqual([['chelsea:Chelsea'], ['chelsea:Blues']]);
    // Two short of its need, the nickname stays unmarked: seeing the club weighs one, not two.
    expect(marks(['Chelsea won at home.', 'The Blues were in the news again.'])[1]).toEqual([]);
    // A name that reached its need itself gets nothing from having told the page so: on a music page
    // «Chelsea won at home. Later Conte smiled.» stays unmarked (2 + 1 − 2 = 1 < 2).
    expect(one('Chelsea won at home. Later Conte smiled.', 'https://www.example.com/music/news/1')).toEqual([]);
  });

  it('reads Bianconeri capitalised mid-sentence as a name even after an adjective (the mighty Bianconeri, the former Bianconeri defender), not Udinese\'s', () => {
    expect(one('The mighty Bianconeri won the league again.')).toEqual(['juventus:Bianconeri']);
    expect(one('The former Bianconeri defender signed for Spartak.')).toEqual(['juventus:Bianconeri', 'spartak:Spartak']);
    expect(one('Udinese, the mighty Bianconeri of Friuli, won the league again.')).toEqual([]);
  });

  it('reads «Genoa –» at the head of an item before its first sentence as a dateline (the city), not a fixture «Genoa – Sampdoria 1-1»; an official name with its year is the club beside the city; the Griffin of translated pages is the club', () => {
    expect(one('Genoa – The 4-3 victory over Bari ended the Serie B season, which Genoa finished second.')).toEqual(['genoa:Genoa']);
    expect(one('Genoa – Four wins in a row for the club in Serie A.')).toEqual([]);
    expect(one('Genoa – «The fans were wonderful», said the coach after the match.')).toEqual([]);
    expect(one('Genoa – Sampdoria 1-1 in the derby, a goal in each half.')).toEqual(['genoa:Genoa']);
    expect(one('Genoa - Roma dove vederla in tv e streaming', 'https://www.gazzetta.it/calcio/serie-a/')).toEqual(['genoa:Genoa']);
    expect(one('Genoa—The fans sang for the club after the match.')).toEqual([]);
    expect(one('Genoa CFC 1893 is a club from the city of Genoa.')).toEqual(['genoa:Genoa CFC 1893']);
    expect(one('After 291 games with the Griffin he retires: his last goal came in the derby.')).toEqual(['genoa:Griffin']);
  });

  it('reads the Azzurri misspelt (Azurri) and in Russian (Адзурри) as Italy, not a rugby side in the Six Nations', () => {
    expect(one('Led by Antonio Conte, the Azurri reached the Euro 2016 quarter-finals.')).toEqual(['conte:Antonio Conte', 'italy:Azurri']);
    expect(one('Сборная Италии не поедет на чемпионат мира. Адзурри пропускают турнир второй раз подряд.')).toEqual(['italy:Сборная Италии', 'italy:Адзурри']);
    expect(one('The first half of the Six Nations game ended 15-7 for the Azzurri, with conversions from Garbisi on the pitch of the Olimpico.')).toEqual([]);
    // Penalty conversions are football's too.
    expect(one('Chelsea have the best record of penalty conversions in the Premier League.')).toEqual(['chelsea:Chelsea']);
  });

  it('reads «Nazionale maggiore» and «Nazionale A» as Italy\'s senior team even beside its under-21 side', () => {
    expect(one('C\'è sempre stata grande collaborazione tra la Nazionale maggiore e l\'Under 21.')).toEqual(['italy:Nazionale maggiore']);
    expect(one('Ha giocato una sola partita in Nazionale A, nel 2010.')).toEqual(['italy:Nazionale A']);
    // Another sport's or the women's senior team is not ours.
    expect(one('La Nazionale maggiore di pallavolo ha battuto la Polonia.')).toEqual([]);
    expect(one('Convocata in Nazionale maggiore femminile per la prima volta.')).toEqual([]);
    expect(one('Il ct della Nazionale maggiore di rugby ha scelto i trenta.')).toEqual([]);
  });

  it('reads «Зебры», capitalised or in quotes, as Juventus where football is around it, and zebras as animals', () => {
    expect(one('В Серии А «зебры» сыграли вничью с «Торино».')).toEqual(['juventus:зебры']);
    expect(one('Зебры пропустили на последней минуте матча и потеряли очки в Серии А.')).toEqual(['juventus:Зебры']);
    expect(one('В зоопарке зебры родили двух детёнышей.')).toEqual([]);
    expect(one('В городе обновили «зебры» на пешеходных переходах.')).toEqual([]);
  });

  it('reads a hashtag of a name in lower case as the name (#спартак, #каррера), the car\'s tag as the car, and a name run into a tag as nothing', () => {
    expect(one('Массимо Каррера вывел «Спартак» в чемпионы. #спартак #каррера')).toEqual(['carrera:Массимо Каррера', 'spartak:Спартак', 'spartak:спартак', 'carrera:каррера']);
    expect(one('New wheels for the 911 today. #porsche #carrera #cars')).toEqual([]);
    expect(one('Массимо Каррера. #спартакчемпион')).toEqual(['carrera:Массимо Каррера']);
    // A tag needs the evidence the bare name needs: none here of football.
    expect(one('Il premier #conte ha parlato in parlamento.')).toEqual([]);
    expect(one('Sunday brunch in #chelsea, then a walk by the river.')).toEqual([]);
    expect(one('Beautiful evening in #genoa by the old port.')).toEqual([]);
    expect(one('Смотрим сериал #спартак о восстании рабов в Риме.')).toEqual([]);
    // Only the tag's own word is read without capitals: «#спартак москва» is not «Спартак Москва».
    expect(one('Пост болельщика: #спартак москва и дождь.')).not.toContain('spartak:спартак москва');
    // A link's fragment is not a tag.
    expect(one('Read more at https://example.com/news/#juventus today.')).toEqual([]);
  });

  it('reads «бьянко-нери» hyphenated as Juventus, and «Спартак ТВ», the club\'s channel, as an outlet', () => {
    expect(one('В матче Серии А бьянко-нери не пришлось выкладываться: гол на 10-й минуте решил всё.')).toEqual(['juventus:бьянко-нери']);
    expect(one('Блог Спартак ТВ, 11 декабря: новости дня.')).toEqual([]);
  });

  it('does not read «auto» of a celebration as a page about cars (Caroselli di auto … un\'Italia campione d\'Europa), and reads «in tutta Italia» as the country', () => {
    expect(one('Caroselli di auto, trombe e una sola bandiera per un’Italia campione d’Europa dopo i rigori di Wembley.')).toEqual(['italy:Italia']);
    expect(one('Si festeggia in tutta Italia dopo la finale degli Europei.')).toEqual([]);
  });

  it('reads a capitalised common noun before a surname in a headline (Бубнов: Решение Аленичева…) as no first name, and a byline\'s first name as someone else\'s', () => {
    expect(one('Бубнов: Решение Аленичева посетить раздевалку «Арсенала» после матча — не предательство.')).toEqual(['alenichev:Аленичева']);
    expect(one('Autore: Daniele Conte, giornalista sportivo, racconta la partita di Serie A.')).toEqual([]);
  });

  it('reads «опережая «Ювентус»» as the club overtaken, not the name of an opera, and an opera of that name in any case as an opera', () => {
    expect(one('Команда занимает третье место в таблице серии А, опережая «Ювентус» по дополнительным показателям.')).toEqual(['juventus:Ювентус']);
    expect(one('В Большом театре дали оперу «Спартак» в новой постановке.')).toEqual([]);
    expect(one('Он пел главные партии в операх «Спартак» и «Аида» в сезоне.')).toEqual([]);
  });

  it('ends a possessive\'s phrase at its verb: «Italy\'s newspapers are certain…» is the country, "Italy\'s was a deserved win" the team', () => {
    expect(one('Italy’s newspapers are certain that Chelsea will hire him as their next manager.')).toEqual(['chelsea:Chelsea']);
    expect(one('Italy’s players are certain that Chelsea will hire him as their next manager.')).toEqual(['italy:Italy', 'chelsea:Chelsea']);
    expect(one('Italy’s was a deserved win at Wembley.')).toEqual(['italy:Italy']);
  });

  it('reads "outside of Italy" and "the rest of Italy" as the country, "the visit of Italy" as the team, and "Italian national side" as the team', () => {
    const page = (text: string) => marks(['Conte coached the Italy national team at Euro 2016.', text])[1];
    expect(page('His first job outside of Italy came with Chelsea, where he won the Premier League.')).toEqual(['chelsea:Chelsea']);
    expect(page('Fans from the rest of Italy watched the final with Chelsea supporters in London.')).toEqual(['chelsea:Chelsea']);
    expect(one('England prepare for the visit of Italy to Wembley in the Nations League on Saturday.')).toContain('italy:Italy');
    expect(one('2014-2016: Managed Italian national side.')).toEqual(['italy:Italian national side']);
  });

  it('reads the singular «Адзурра» between quotes as Italy\'s team in football words, and "Italy through to the final" as the team', () => {
    expect(one('Испания играла лучше, но единство и умение команды «Адзурра» одержали верх в серии пенальти.')).toEqual(['italy:Адзурра']);
    expect(one('Отель «Адзурра» на побережье: номера с видом на море.')).toEqual([]);
    expect(one('Italy through to EURO 2020 final after thrilling shoot-out!')).toEqual(['italy:Italy']);
    expect(one('Italy is a country of the European Union.')).toEqual([]);
  });

  it('turns «Nazionale maggiore» down on a page about the women\'s game', () => {
    const text = 'Il campionato si ferma per due settimane. E non solo per la Nazionale maggiore.';
    expect(one(text, 'https://www.calciopress.net/2022/09/01/nazionale-maggiore-convocati/')).toEqual(['italy:Nazionale maggiore']);
    expect(one(text, 'https://www.calciopress.net/2022/09/01/nazionali-femminili-convocate/')).toEqual([]);
  });

  it('reads "the people\'s team" and «народная команда» as Spartak where its block names Spartak, not a description (a people\'s team, «самая народная команда») or another club', () => {
    expect(one('Spartak Moscow got busy with the new stadium. The People’s team moved from Luzhniki to their own ground in 2014.')).toContain('spartak:People’s team');
    expect(one('Футбольный клуб «Спартак» открыл стадион. «Народная команда» долго не имела своей арены для матчей.')).toContain('spartak:Народная команда');
    expect(one('Football club Spartak is essentially a people\'s team, created from a sports circle.')).not.toContain('spartak:people\'s team');
    expect(one('История футбольного клуба «Спартак», самой народной команды СССР, началась в 1922 году.')).not.toContain('spartak:народной команды');
    expect(one('Newcastle are the people’s team of the North East, said the former Chelsea striker after the match.')).not.toContain('spartak:people’s team');
  });

  it('reads the Grifone holding a shield or painted on a stair as the beast, and il Grifone against le Aquile or with a new crest as Genoa', () => {
    expect(one('Il simbolo della squadra è il Grifone, un incrocio tra aquila e leone.')).toEqual([]);
    expect(one('Il vecchio Grifone dipinto sulla scalinata guarda i tifosi che vanno allo stadio.')).toEqual([]);
    expect(one('Il Grifone vince il derby: due gol nel secondo tempo.')).toEqual(['genoa:Grifone']);
    expect(one('Il Grifone ospita le Aquile di Sarri: domenica al Ferraris la partita di Serie A.')).toEqual(['genoa:Grifone']);
    expect(one('Il Grifone presenta il nuovo stemma prima della partita con i tifosi.')).toEqual(['genoa:Grifone']);
  });

  it('reads every sport\'s words on a page whose address names another sport as that sport\'s (the KHL «Спартак» against «Динамо»), unless another of ours is beside it, and says so in the explanation', () => {
    const text = '«Спартак» сыграет с минским «Динамо» в форме 1962 года: матч в Лужниках.';
    const hockey = 'https://www.sport-express.net/hockey/khl/news/910057';
    expect(one(text, hockey)).toEqual([]);
    expect(one(text, 'https://www.sport-express.net/football/rfpl/news/910057')).toEqual(['spartak:Спартак']);
    expect(one('Il mentore dello Spartak ha parlato del passaggio della squadra al modulo 3-5-2, che Conte e Carrera hanno utilizzato nella Nazionale italiana e nella Juventus.', 'https://asiards.ru/it/hockey/karrera/'))
      .toEqual(['spartak:Spartak', 'conte:Conte', 'carrera:Carrera', 'italy:Nazionale italiana', 'juventus:Juventus']);
    const matcher = getMatcher();
    const [decided] = matcher.explain(text, matcher.newPage({ url: hockey }));
    expect(decided!.reasons).toContain('0 footballOnOtherSportPage: «динамо», on a page whose address or title names another sport');
  });

  it('reads a country before a dash and a one-digit score as a side of the fixture (Норвегия – Италия – 0:2), not before hours of a flight', () => {
    expect(marks(['Сборная Италии выиграла отборочный турнир.', 'Норвегия – Италия – 0:2 (0:1)'])).toEqual([['italy:Сборная Италии'], ['italy:Италия']]);
    expect(marks(['Сборная Италии выиграла отборочный турнир.', 'Москва – Италия – 3-4 часа лёту, сообщает турагентство.'])[1]).toEqual([]);
  });

  it('reads a country opening a line-up (its formation, or a list of players with minutes, numbers or semicolons) as the team, not a list of host cities', () => {
    const lineUp = 'Италия: Буффон, Дармиан (Паскуаль 61’), Астори, Раноккия, Бонуччи, Де Шильо, Флоренци (Поли 86’), Де Росси, Джаккерини, Заза, Иммобиле';
    const cities = 'Италия: Рим, Венеция, Флоренция, Сиена, Пиза, Лукка, Равенна, Падуя, Тренто, Больцано';
    expect(marks(['Сборная Италии обыграла Норвегию.', lineUp, cities, `Список: ${lineUp}`]))
      .toEqual([['italy:Сборная Италии'], ['italy:Италия'], [], []]);
    expect(marks(['La nazionale italiana di Spalletti vince ancora.', 'ITALIA (3-5-2): Donnarumma; Di Lorenzo, Mancini, Bastoni']))
      .toEqual([['italy:nazionale italiana'], ['italy:ITALIA']]);
  });

  it('reads "European champions Italy" as the team, and neither "the champions of Italy" (the title) nor «di Champions» (the Champions League) before it', () => {
    expect(one('Roberto Mancini has stepped down as coach of European champions Italy, the federation announced.')).toContain('italy:Italy');
    expect(one('Juventus were champions of Italy again after a tense season.')).toEqual(['juventus:Juventus']);
    expect(one('Ranking UEFA, dopo i quarti di Champions Italia prima davanti a Inghilterra e Spagna.')).toEqual([]);
  });

  it('reads Juventus da Mooca and its São Paulo namesake as another club, «la Juventus italiana» as ours', () => {
    expect(one('Non si parla della Juventus italiana, ma del Clube Atlético Juventus o semplicemente Juventus, o Juventus da Mooca, squadra di San Paolo.'))
      .toEqual(['juventus:Juventus']);
  });

  it('reads «скуадра» alone between quotes as Italy with football around it, not a restaurant, and Atleti Azzurri d\'Italia as a stadium', () => {
    expect(one('После матча болельщики праздновали: гол на 90-й минуте принёс победу «скуадре».')).toEqual(['italy:скуадре']);
    expect(one('В центре города открылся ресторан «Скуадра» с итальянской кухней.')).toEqual([]);
    expect(one('Проект «Скуадра» стартует в мае.')).toEqual([]);
    expect(one('Allo stadio Atleti Azzurri d’Italia si gioca domenica la partita con i tifosi in festa.')).toEqual([]);
  });

  it('does not take the country named on a page (in Italy, to Italy) for a namesake of its team: the Azzurri stay marked', () => {
    expect(marks(['The coach has lived in Italy with his family for years.', 'Spalletti took over the Azzurri before Euro 2024.'])[1]).toEqual(['italy:Azzurri']);
    // Another sport's Italy still is one: the volleyball side's Azzurri are not ours.
    expect(marks(['Italy won the volleyball world championship.', 'The Azzurri celebrated their title in Rome.'])[1]).toEqual([]);
    expect(marks(['Volleyball in Italy is booming after the world championship.', 'The Azzurri celebrated their title in Rome.'])[1]).toEqual([]);
  });

  it('reads Italy\'s Super Cup and a «Copa Italia» as cups, not the team', () => {
    expect(marks(['Сборная Италии сыграла вничью.', 'Каррера как исполняющий обязанности тренера завоевал Суперкубок Италии с «Ювентусом».'])[1]).not.toContain('italy:Италии');
    expect(marks(['The Italy national team won.', 'Genoa were relegated to Serie B but won the Copa Italia with their fans.'])[1]).not.toContain('italy:Italia');
  });

  it('reads «Genova 1893», the club\'s name of 1928, as Genoa', () => {
    expect(one('Under Fascism the club changed its name to Genova 1893.')).toEqual(['genoa:Genova 1893']);
  });

  it('reads a country on a live blog\'s line that opens with the minute of the match (12 min:, 87\', 86′) as the team', () => {
    const page = (line: string) => marks(['Spain v Italy: the Italy national team lines up in a 3-5-2 at Euro 2024.', line])[1];
    expect(page('12 min: Williams is running riot down the left flank. Italy can’t cope with him at all.')).toEqual(['italy:Italy']);
    expect(page('86′ Dentro Ricci e Buongiorno, fuori Barella e Bastoni nell’Italia.')).toEqual(['italy:Italia']);
    expect(page('In 2012 Williams moved from Spain to a club in the north. Italy can’t cope with him at all.')).toEqual([]);
    // A minute that is no match's: a walk, a read, a lower-case word after it.
    expect(page('5\' a piedi dalla stazione: Italia da scoprire.')).toEqual([]);
    expect(page('7\' read — Italy prepares for the budget vote.')).toEqual([]);
  });

  it('reads a country\'s exports and GDP as another topic (l\'Italia supera il Giappone nell\'export), a club\'s "export" of a player as football', () => {
    expect(marks(['La nazionale italiana ha vinto la partita.', 'L’Italia supera il Giappone nell’export e cresce il PIL.'])[1]).toEqual([]);
    expect(one('The ex-United men were joined on the field by Chelsea export Billy Gilmour at the stadium.')).toEqual(['chelsea:Chelsea']);
  });

  it('reads "hung up his boots" as football\'s idiom, not a page about footwear', () => {
    expect(one('Ferreira hung up his boots at Stamford Bridge and worked as a loan player manager for Chelsea.')).toEqual(['chelsea:Chelsea']);
    expect(one('Chelsea boots in suede: the season\'s must-have, with leather boots and ankle boots on sale.')).toEqual([]);
  });

  it('counts a football page\'s address naming the club for its bare name (…/football/live/…/rangers-v-spartak-moscow), not a sports or film page naming it', () => {
    const line = 'Spartak, in white shirts and red shorts, get the game under way.';
    expect(one(line, 'https://www.theguardian.com/football/live/2018/oct/25/rangers-v-spartak-moscow-europa-league-live')).toEqual(['spartak:Spartak']);
    expect(one(line, 'https://www.theguardian.com/football/live/2018/oct/25/rangers-v-villarreal-europa-league-live')).toEqual([]);
    // The site's own name is not what the page is about: football-italia.net names no team.
    const italy = 'Italy are a decent side and could have nicked a point.';
    expect(one(italy, 'https://en.as.com/soccer/spain-italy-live-online-score-stats-and-updates-euro-2024-n')).toEqual(['italy:Italy']);
    expect(one(italy, 'https://www.football-italia.net/12345/serie-a-round-up')).toEqual([]);
    // Not where the page names a namesake (Italy's volleyball side), nor for a name as often a place (Genoa the city).
    expect(marks([italy, 'Italy won the volleyball world championship in Poland.'], 'https://en.as.com/soccer/spain-italy-live-online-score-stats-and-updates-euro-2024-n')[0]).toEqual([]);
    expect(one('Genoa declared a state of emergency after the storm.', 'https://www.espn.com/soccer/story/_/id/123/genoa-sampdoria-derby-postponed-storm')).toEqual([]);
    // A sports site's name is no football word: a hockey page's address naming Spartak is not the club's.
    expect(one('Следующий матч армейцы проведут против ЦСКА, а красно-белые в этот же день сыграют с «Салаватом Юлаевым».', 'https://legalbet.ru/news/spartak-na-viezde-proigral-ska')).toEqual([]);
  });

  it('reads a country hosting a tournament as the country, though another country and the Euro are in its sentence; won as host nation it is the team', () => {
    const page = (line: string) => marks(['The Italy national team drew 1-1 in Rome.', line])[1];
    expect(page('Italy and Turkey have been confirmed as hosts of the 2032 European Championship, UEFA announced.')).toEqual([]);
    expect(page('Italy won the European Championship as host nation in 1968 after beating Yugoslavia.')).toEqual(['italy:Italy']);
    expect(page('Italy and Turkey drew at the European Championship in Rome.')).toEqual(['italy:Italy']);
    // The words around it that make it the team outweigh a hosting word: before it, a score; and a hosting word
    // beside another country names that country.
    expect(page('Germany, the host nation, lost 2-0 against Italy in the semi-final.')).toEqual(['italy:Italy']);
    expect(page('Turkey beat co-hosts Italy 2-1 in the opening match of Euro 2032.')).toEqual(['italy:Italy']);
    expect(page('Italy will face host country Germany in the opening match of Euro 2024 in Munich.')).toEqual(['italy:Italy']);
    expect(marks(['La Nazionale italiana ha vinto.', 'La Germania, paese ospitante, affronta l’Italia nella partita inaugurale dell’Europeo.'])[1]).toEqual(['italy:Italia']);
    expect(marks(['Сборная Италии сыграла вничью.', 'Италия стала хозяйкой чемпионата мира 1990 года, а Германия — его победителем.'])[1]).toEqual([]);
    expect(marks(['Сборная Италии сыграла вничью.', 'Италия стала принимающей страной Евро-2032 вместе с Турцией.'])[1]).toEqual([]);
    // A match's home side is no host of a tournament: "Italy will host Northern Ireland", «l'Italia ospita la Spagna»;
    // nor is a team's race («in lizza»), a team's bid to qualify, a player's candidacy.
    expect(page('Italy will be hosted by England at Wembley in the Euro 2024 qualifier on Thursday.')).toEqual(['italy:Italy']);
    expect(page('Italy\'s bid to reach the World Cup ended in a play-off defeat to Sweden.')).toEqual(['italy:Italy']);
    expect(marks(['La Nazionale italiana ha vinto.', 'L’Italia ospiterà la Spagna a Napoli nel girone di qualificazione all’Europeo.'])[1]).toEqual(['italy:Italia']);
    expect(marks(['La Nazionale italiana ha vinto.', 'Nel girone di qualificazione l’Italia è in lizza con la Spagna per il primo posto.'])[1]).toEqual(['italy:Italia']);
    expect(page('Italy will host Northern Ireland at the Tardini stadium in the European Championship qualifier.')).toEqual(['italy:Italy']);
    expect(marks(['La Nazionale italiana ha vinto.', 'Nel girone di qualificazione all’Europeo l’Italia ospita la Spagna a Napoli.'])[1]).toEqual(['italy:Italia']);
    expect(marks(['Сборная Италии сыграла вничью.', 'Италия и Турция объединили заявки на проведение Евро-2032.'])[1]).toEqual([]);
    expect(marks(['La Nazionale italiana ha vinto.', 'L’Europeo 2032, per cui l’Italia è in lizza come Paese ospitante, porta la Uefa a Genova.'])[1]).toEqual([]);
  });

  it('keeps the Grifone of a Perugia–Genoa report as Genoa\'s (Perugia\'s Grifone is not told from it)', () => {
    const report = ['Perugia-Genoa 0-2, la cronaca.', 'Al Curi il Perugia cede nel finale: il Grifone vola in testa alla classifica di Serie B.'];
    expect(marks(report, 'https://www.gazzetta.it/calcio/serie-b/perugia-genoa')).toEqual([['genoa:Genoa'], ['genoa:Grifone']]);
  });

  it('reads the Chelsea Hotel\'s page as no club\'s, and keeps the club\'s team hotel', () => {
    const line = 'Хотя всемирную славу «Челси» принесли обитатели из числа богемы, администрация отеля ограничивает пребывание.';
    expect(one(line, 'https://ru.wikipedia.org/wiki/Челси_(отель)')).toEqual([]);
    expect(one('The Chelsea Hotel on West 23rd Street was home to writers and musicians.')).toEqual([]);
    expect(one('Игроки «Челси» прибыли в отель в Баку накануне финала Лиги Европы против «Арсенала».')).toEqual(['chelsea:Челси']);
    expect(marks(['Полузащитник «Челси» Энцо Фернандес оштрафован.', 'Челси разместился в гостинице в Бирмингеме перед матчем Премьер-лиги.'])).toEqual([['chelsea:Челси'], ['chelsea:Челси']]);
  });

  it('marks «Genoa FC» as one name, Aleinichev misspelt, and «Италия забьёт» as the team', () => {
    expect(one('As such Genoa FC are the oldest club of its kind in the peninsula.')).toEqual(['genoa:Genoa FC']);
    expect(one('As such Genoa F.C. are the oldest club of its kind in the peninsula.')).toEqual(['genoa:Genoa F.C.']);
    expect(one('Pochi ricordano Simutenkov ed Aleinichev alla Roma.')).toEqual(['alenichev:Aleinichev']);
    expect(marks(['Сборная Италии играет с Норвегией.', 'Ставка: Италия забьёт в первые 30 минут.'])[1]).toEqual(['italy:Италия']);
    expect(marks(['Сборная Италии играет с Норвегией.', 'Прогноз редакции: Италия забьёт.'])[1]).toEqual(['italy:Италия']);
    expect(marks(['Сборная Италии играет с Норвегией.', 'Прогноз редакции: Италия пропустит.'])[1]).toEqual(['italy:Италия']);
    // A verb of any loss is no team's: «Италия проиграет от пошлин».
    expect(marks(['Сборная Италии играет с Норвегией.', 'По прогнозу МВФ, Италия проиграет от пошлин больше других стран ЕС.'])[1]).toEqual([]);
  });

  it('reads «владельцами аристократов», the owners of, as Chelsea\'s, and the aristocrats of a history page as a class', () => {
    expect(marks(['Клуб «Челси» продан.', 'Вместе с Боли новыми владельцами аристократов стали его бизнес-партнеры.'])[1]).toEqual(['chelsea:аристократов']);
    expect(marks(['Клуб «Челси» продан.', 'Вместе с королём новыми друзьями аристократов стали его бизнес-партнеры.'])[1]).toEqual([]);
    expect(marks(['Клуб «Челси» продан.', 'Новый владелец синих Тодд Боли дал интервью.'])[1]).toEqual(['chelsea:синих']);
  });

  it('marks Alenichev written Aleinitchev with his first name as one name', () => {
    expect(one('La Roma ha proposto la cessione in comproprietà di Dmitrji Aleinitchev al Perugia.')).toEqual(['alenichev:Dmitrji Aleinitchev']);
    expect(one('Il centrocampista russo Dimitri Aleinitchev e l\'attaccante Gautieri.')).toEqual(['alenichev:Dimitri Aleinitchev']);
  });

  it('reads Juve Caserta, and «la Juve» on its page, as the basketball club', () => {
    const page = 'https://casertatoday.net/news/primo-piano/basketlega-cuore-juve-caserta-trento-ko-si-resta-serie';
    expect(one('Ancora una volta la Juve Caserta conserva la massima serie.')).toEqual([]);
    expect(one('La Juventus Caserta vinse lo scudetto del basket nel 1991.')).toEqual([]);
    expect(one('L’inerzia portava la Juve a conservare il minimo vantaggio fino alla fine.', page)).toEqual([]);
    expect(one('L’inerzia portava la Juve a conservare il minimo vantaggio fino alla fine.', 'https://www.tuttosport.com/news/calcio/serie-a/juve')).toEqual(['juventus:Juve']);
    // A Juve Stabia page names Juventus too: its loans come «dalla Juve».
    expect(one('Il giovane difensore arriva dalla Juve, dove si era allenato con la prima squadra.', 'https://www.tuttomercatoweb.com/serie-b/juve-stabia-dalla-juve-in-prestito-mulazzi-123.html')).toEqual(['juventus:Juve']);
    expect(one('Il club ha ufficializzato l’arrivo di Rossi dalla Juve Казерта.')).toEqual([]);
  });

  it('reads a name joined to a lower-case noun by a hyphen as a name (l\'era-Conte), a lower-case form so joined as part of a word', () => {
    expect(one('Un centro da Premier League: la sesta nella storia del Chelsea, la prima dell’era-Conte.')).toEqual(['chelsea:Chelsea', 'conte:Conte']);
    expect(one('Гонсалес-каррера выиграл забег.')).toEqual([]);
    expect(one('It was the first all-Italy Champions League final, Milan beating Juventus on penalties.')).not.toContain('italy:Italy');
  });

  it('reads «Спартак» on a page of Spartak Kostroma (…/arsenal-t-spartak-ks-…) as theirs', () => {
    const line = 'А хавбек «Спартака» Кирилл Чурсин вывел свою команду вперёд на 90-й минуте матча.';
    expect(one(line, 'https://www.championat.com/football/news-6161822-arsenal-t-spartak-ks-rezultat-matcha-10-go-tura-pervoj-ligi.html')).toEqual([]);
    expect(one(line, 'https://www.championat.com/football/news-6161822-spartak-rostov-rezultat-matcha.html')).toEqual(['spartak:Спартака']);
  });

  it('reads a volley in English as a shot, not volleyball; Italian volley with its words as volleyball', () => {
    const page = (line: string) => marks(['The Italy national team beat Albania 2-1.', line])[1];
    expect(page('Barella swiped a crisp volley into the corner for his 10th Italy goal.')).toEqual(['italy:Italy']);
    expect(marks(['La Nazionale italiana ha vinto.', 'La nazionale di volley femminile: gli Azzurri del volley maschile e l’Italia vincono.'])[1]).toEqual([]);
    expect(marks(['La Nazionale italiana ha vinto.', 'Il volley è in festa: l’Italia di De Giorgi batte la Polonia 3-1.'])[1]).toEqual([]);
  });

  it('marks «национальную команду Италии», Masimo Carrera and «Тьяго Мота» misspelt, as one name each', () => {
    expect(one('Сборная Испании обыграла национальную команду Италии.')).toEqual(['italy:национальную команду Италии']);
    expect(one("Masimo Carrera's fate was sealed with a home defeat by Arsenal Tula.")).toEqual(['carrera:Masimo Carrera']);
    expect(one('Тьяго Мота получил травму на 62-й минуте.')).toEqual(['motta:Тьяго Мота']);
    // «Тиаго Мота» is as often a Portuguese Tiago Mota.
    expect(one('Тиаго Мота, португальский защитник, подписал контракт с «Бенфикой».')).toEqual([]);
  });

  it('reads a wire service\'s dateline ("BOLOGNA, Italy (AP)") as the country, and Italy after it as the team', () => {
    expect(one('BOLOGNA, Italy (AP)Former Paris Saint-Germain and Italy midfielder Thiago Motta was hired as coach.')).toEqual(['italy:Italy', 'motta:Thiago Motta']);
    expect(one('ROME, Italy — Italy coach Luciano Spalletti named his squad for the qualifiers.')).toEqual(['italy:Italy']);
    expect(marks(['The Italy national team lost.', 'In Bologna, Italy (and Spain) drew 1-1 in the friendly.'])[1]).toEqual(['italy:Italy']);
    expect(one('COVERCIANO, Italy, March 20 (Reuters) - Italy coach Luciano Spalletti named his squad.')).toEqual(['italy:Italy']);
    // Not a fixture after a label, not a city in lower case, not the country heading its team's item.
    const team = (line: string) => marks(['The Italy national team drew 1-1 in Rome.', line])[1];
    expect(team('FRIENDLY, Italy — Ecuador 2-0: the Azzurri won in New Jersey.')).toContain('italy:Italy');
    expect(team('Milan, Italy — the Azzurri trained at the stadium before the match.')).toContain('italy:Italy');
    expect(team('Italy – The defending champions beat Croatia 2-1 in their Euro 2024 group match on Monday.')).toContain('italy:Italy');
  });

  it('reads "the Bianconeri" after Spezia as Spezia\'s', () => {
    expect(one('In the summer, Motta left La Spezia. Under his leadership, the Bianconeri finished 16th in Serie A.')).not.toContain('juventus:Bianconeri');
    expect(one('In the summer, Motta left Bologna for Juventus. Under his leadership, the Bianconeri finished third in Serie A.')).toContain('juventus:Bianconeri');
    expect(one('La Juventus batte lo Spezia 2-0 e i bianconeri tornano secondi.')).toContain('juventus:bianconeri');
  });

  it('reads a place word (Stamford Bridge) and a compound adjective (Brazilian-born) before a surname as no first name', () => {
    expect(one('Al primo anno a Stamford Bridge Conte riuscì a conquistare la Premier League.')).toEqual(['conte:Conte']);
    expect(one('The Brazilian-born Motta played for PSG from 2012 to 2018 and coached Genoa.')).toEqual(['motta:Motta', 'genoa:Genoa']);
  });

  it('reads two of our names joined by a hyphen as a pair, not a double surname («Querelle Conte-Chelsea»)', () => {
    expect(one('Querelle Conte-Chelsea: i blues fanno ricorso al Tribunale del Lavoro.')).toEqual(['conte:Conte', 'chelsea:Chelsea', 'chelsea:blues']);
    expect(one('Il difensore Rossi-Conte ha firmato con il club.')).toEqual([]);
    expect(one('Il divorzio Chelsea-Conte è costato undici milioni al club.')).toEqual(['chelsea:Chelsea', 'conte:Conte']);
  });

  it('reads Italy and Turkey as hosts together («a Italia e Turchia l\'organizzazione degli Europei», «organizzati da Italia e Turchia»)', () => {
    const page = (line: string) => marks(['La Nazionale italiana ha vinto.', line])[1];
    expect(page('La Uefa ha assegnato a Italia e Turchia l\'organizzazione degli Europei 2032.')).toEqual([]);
    expect(page('Gli Europei del 2032 saranno organizzati da Italia e Turchia.')).toEqual([]);
    expect(page('Gli Europei del 2032 saranno organizzati da Turchia e Italia.')).toEqual([]);
    expect(page('Saranno Italia e Turchia a ospitare gli Europei di calcio.')).toEqual([]);
    expect(page('La Germania, paese ospitante, affronta l’Italia nella partita inaugurale dell’Europeo.')).toEqual(['italy:Italia']);
    expect(page('Gli Europei saranno organizzati da Corea del Sud e Italia.')).toEqual([]);
    // A comma lists, it does not pair; an organiser that is no country, and a team's «organizzazione», host nothing.
    expect(marks(['The Italy national team drew 1-1 in Rome.', 'In the opener, host nation Germany, Italy\'s next opponent, beat Scotland 5-1.'])[1]).toEqual(['italy:Italy']);
    expect(page('Nella partita di beneficenza organizzata da Totti, l’Italia del 2006 ha battuto le vecchie glorie.')).toEqual(['italy:Italia']);
    expect(page('Contro la Francia è mancata l’organizzazione dei reparti e l’Italia è crollata in partita.')).toEqual(['italy:Italia']);
  });
});


describe('explain', () => {
  it('names the rule that turned a candidate down, and every feature of the evidence with its weight', () => {
    const matcher = getMatcher();
    const page = matcher.newPage({});
    matcher.find('Джузеппе Конте выступил в парламенте.', page);
    const [decided] = matcher.explain('Тренер Конте доволен.', page);
    expect(decided).toMatchObject({ entity: 'conte', text: 'Конте', marked: false, group: 'conte#0' });
    expect(decided!.reasons).toEqual([
      '+2 footballInSentence: «тренер»',
      '-4 namesakeOnPage: someone or something else called so outweighs it on the page',
      'evidence -2 < 2 needed',
    ]);
    const [vetoed] = matcher.explain('Джузеппе Конте выступил.', matcher.newPage({}));
    expect(vetoed!.reasons).toEqual(['rule prevCapital: «джузеппе» is a namesake\'s first name']);
  });
});
