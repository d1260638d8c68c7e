/**
 * Common given names with their usual gender, for pronoun agreement ("Hillary
 * Clinton ... she", "Gerry Connolly ... he"). A name absent here has unknown
 * gender; the resolver then also reads the pronouns that follow the name's
 * mentions in the text. Lower case.
 */
const MALE = `aaron abdul abdullah abe adam adrian ahmed al alan albert alberto alec alex alexander alexei alfred ali allen alvin andre andrei
andres andrew andy angel anthony antonio archie arnold arthur ashton austin barack barney barry bashar ben benjamin benny bernie bernard
bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan buck carl carlos cecil chad charles charlie chris
christopher chuck clarence clark claude clay clint cody colin corey cory craig curt curtis dale dan daniel danny darrell dave
david dean dennis denis derek devin dick dmitry dmitri don donald doug douglas drew duncan dwight earl ed eddie edgar edward eli elijah
elon emmanuel eric ernest ethan eugene evan felix fernando francis francisco frank franklin fred frederick gabriel gary gavin gene
geoffrey george gerald gerry gordon graham grant greg gregory guy hakeem hank harold harry hassan hector henry herbert herman howard
hugh hunter ian igor isaac ivan jack jacob jake james jamie jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy
joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle
lamar larry lawrence lee leo leon leonard lindsey lloyd louis luis luke marco marcus mario mark martin marvin matt matthew maurice
max michael micky mike miguel mitch mitt mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar owen pablo
patrick paul pedro pete peter phil philip randy ralph ray raymond reince rex ricardo richard rick rob robert roberto robby rod
rodney roger roland ron ronald ronny ross roy rudy rupert russell ryan sam samuel scott sean sergei sergey seth shawn sheldon sid
simon stan stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tucker tyler 
vernon victor vince vincent vladimir volodymyr volodymr walter warren wayne wesley will william willie xi yuri zach zachary
abraham aidan alejandro alfonso allan amir andreas angelo angus anton archibald arjun armando avi benedict blake bryce byron caleb calvin cameron cesar conor connor conrad damian damon dante darius darren declan desmond diego dominic donovan duane dustin dwayne dylan edmund eduardo edwin elliot elliott emilio enrique erik ernesto fabian felipe finn francesco frankie freddie gareth gerard guillermo gustavo harvey hugo jaime jeremiah johan jonah julio kenny kieran leroy liam lorenzo lucas malcolm manuel marc mathew micah mohamed nathaniel nicolas phillip pierre rafael ramon randall raphael raul reggie ricky sebastian sergio shane shaun stefan sven terrence theo theodore toby trevor xavier yusuf
keir rishi olaf narendra recep jair luiz shinzo fumio imran nawaz shehbaz antony jens barron beau`;
const FEMALE = `abigail ada alexandra alexis alice alicia alison allison amanda amber amy andrea angela angelina ann anna anne annie april
ashley audrey barbara becky betsy betty beverly brenda brittany camila carla carly carmen carol caroline carolyn catherine cathy
charlotte cheryl chelsea christina christine cindy claire claudia colleen connie courtney crystal cynthia dana daniela danielle
darlene dawn debbie deborah debra denise diana diane dianne dolores donna doris dorothy elaine eleanor elena elise elizabeth ellen
emily emma erica erin esther eva evelyn fiona frances gabrielle gail geraldine gina gloria grace hannah heather heidi helen hillary
holly hope huma ilhan irene isabel ivanka jackie jacqueline jane janet janice jean jeanne jennifer jenny jessica jill jo joan joanna joanne jodi
jodie josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kay kayleigh kelly kellyanne
kimberly kirsten kamala kristen laura lauren leah lila lillian linda lisa liz loretta lori louise lucy lynn madeleine maria marie marilyn
marine marsha martha mary maxine megan meghan melania melanie melissa michele michelle mildred mindy molly monica nancy naomi natalie
nicole nikki nina nora norma olga pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina rita
roberta robin rosa rose ruth sabrina sally samantha sandra sara sarah sharon sheila shirley sophia sophie stacey stephanie sue susan
suzanne sylvia tammy tanya teresa theresa tiffany tina tracy ursula valerie vanessa victoria virginia wanda wendy whitney yvonne
yulia zoe
abby adriana agnes aisha alejandra alexa alyssa amelia ana anita annette ariana arlene ava beatrice belinda bella bernadette beth bethany bianca bonnie bridget brooke caitlin candace cara carrie cassandra cecilia celeste charlene chloe clara constance daisy daphne delia dora edith eileen elisa eliza ella ellie eloise elsa erika ethel felicia fatima francesca gabriela gemma giselle gladys glenda gretchen gwen hailey harriet hazel helena hilary ingrid isabella isabelle jasmine jenna jocelyn juliet karina katrina kayla kristin krystal laurie lena lily lindsay lois lorraine lucia luisa lydia mabel madeline maggie mandy marcia margaret margarita marian marina marjorie marlene maureen melinda mercedes meredith mia miranda miriam monique nadia natasha olivia paige penelope phoebe pilar polly renee rhonda robyn rosalind rosemary ruby selena shelby shelley sherry sienna simone sofia sonia stacy stella tamara tara vera veronica viola vivian yolanda giorgia jacinda ivana malia sasha`;

/** Given names borne by men and women alike (Kim Kardashian, Kim Darroch; Taylor Swift, Taylor Fritz): a person, gender unknown. */
const EITHER = 'kim taylor';

export const MALE_NAMES: ReadonlySet<string> = new Set(MALE.split(/\s+/).filter(Boolean));
export const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE.split(/\s+/).filter(Boolean));
export const EITHER_NAMES: ReadonlySet<string> = new Set(EITHER.split(' '));

/** A known given name, any case ("Hillary", "hillary"). */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w) || EITHER_NAMES.has(w);
}

/** Lower-case particles inside a person's name, before the surname ("Bill de Blasio", "Osama bin Laden", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'du', 'dos', 'das']);
/** Generational suffixes after a surname ("John G. Roberts Jr."), lower case, with and without the period. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
