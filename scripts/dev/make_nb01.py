import nbformat as nbf
from nbformat.v4 import new_notebook, new_markdown_cell as md, new_code_cell as code

def tagged(cell, *tags):
    cell.metadata["tags"] = list(tags)
    return cell

cells = [
md("""(belasting)=
# Belasting en lichaamsgewicht

:::{admonition} Leerdoelen
Na dit hoofdstuk kun je:
- uitleggen hoe groot de kracht onder je voet is bij wandelen, hardlopen en traplopen;
- je BMI berekenen en de WHO-indeling gebruiken;
- laten zien dat de belasting **recht evenredig** met je gewicht groeit, en een fabel daarover weerleggen;
- zeggen wat zo'n rekenmodel wel en niet over jouw hiel vertelt.
:::"""),
md("""We gebruiken het pakket `hielspoor`: daarin staan alle rekenregels, met hun bronnen. De cellen hieronder roepen het alleen aan."""),
code("""from hielspoor import load
from hielspoor.charts import load as load_charts"""),
md("""## Hoeveel kracht komt er op je hiel?

Bij elke stap duwt de grond terug: de **grondreactiekracht**. Bij wandelen is de piek daarvan ongeveer 1,1 tot 1,3 keer je lichaamsgewicht, bij hardlopen ongeveer 2 tot 2,5 keer {cite:p}`keller1996`. Trap aflopen geeft pieken tot ongeveer 1,6 keer je gewicht {cite:p}`stacoff2005`.

De {term}`fascia plantaris` wordt bij elke stap strakgetrokken. In een looprobot met kadavervoeten was de spanning gemiddeld 0,96 ± 0,36 keer het lichaamsgewicht {cite:p}`erdemir2004`; een computermodel kwam op ongeveer 1,5 keer {cite:p}`caravaggi2009`. Zulke getallen zijn schattingen: we tonen daarom steeds een **bereik**.

**Vraag:** hoeveel kracht komt er bij wandelen op de voet van iemand van 80 kg en 1,80 m, die 8000 stappen per dag zet?"""),
code("""profiel = load.load_profile(80, 180, "lopen", 8000)
load.profile_table(profiel)"""),
md("""De opgetelde piekkrachten per dag zijn een grove maat: ze zeggen niets over snelheid, ondergrond of schoenen. Ze laten wel zien dat je voet elke dag duizenden keren belast wordt. Weefsel past zich aan belasting aan; klachten ontstaan vooral als de belasting sneller groeit dan wat het weefsel aankan {cite:p}`vsg2026`."""),
md("""## Je BMI

De body-mass index is je gewicht gedeeld door je lengte in het kwadraat:

$$\\mathrm{BMI} = \\frac{\\text{gewicht (kg)}}{\\text{lengte (m)}^2}$$

De WHO deelt volwassenen in: onder 18,5 ondergewicht, 18,5 tot 25 gezond gewicht, 25 tot 30 overgewicht en vanaf 30 obesitas {cite:p}`who2000`. Een hoge BMI hangt samen met hielpijn: in een patiënt-controleonderzoek hadden mensen met een BMI boven 30 een odds ratio van 5,6 {cite:p}`riddle2003`, en een meta-analyse vond samenhang bij een BMI boven 27 bij mensen die niet sporten {cite:p}`vanleeuwen2016`. Samenhang is nog geen bewijs van oorzaak: daarover meer in het hoofdstuk over oorzaken."""),
code("""waarde = load.bmi(80, 1.80)
round(waarde, 1), load.bmi_class(waarde)"""),
md("""## Probeer het zelf

Schuif met je gewicht en lengte en kies een activiteit. De blauwe band is de piekkracht per stap voor elk lichaamsgewicht; de ruit ben jij. De band is een **rechte** lijn: twee keer zo zwaar is twee keer zoveel kracht, niet meer. Deze grafiek werkt ook in de online versie van de cursus."""),
code("""load_charts.load_calculator_chart()"""),
md("""## De rekenhulp in JupyterLab

:::{admonition} Alleen in JupyterLab
:class: note
In JupyterLab staat hieronder een rekenhulp waarin je je eigen gewicht, lengte, activiteit en aantal stappen per dag intypt. Je krijgt dan ook de opgetelde belasting per dag, met bij elk getal de bron. Een fout getal (leeg, tekst, of buiten het bereik) geeft een melding naast het veld. In de online versie gebruik je de grafiek hierboven; hoe je de cursus zelf opent, staat in {ref}`gebruik`.
:::"""),
tagged(code("""from hielspoor.widgets.load import load_calculator

load_calculator()"""), "remove-cell"),
md("""## Maakt elke kilo de druk drie keer zo groot?

Een van de artikelen waarmee dit project begon, schrijft: *"elke extra kilo lichaamsgewicht zorgt ervoor dat de druk op je hiel bij elke stap drie keer zo groot wordt."* Dat klopt niet. Eén kilo erbij geeft bij wandelen ongeveer 1,1 tot 1,3 kg-kracht extra per stap:"""),
code("""extra = load.extra_force_per_kg("lopen")
round(extra.low_kgf, 1), round(extra.high_kgf, 1)"""),
md("""Van 80 naar 90 kg is dus ruim 12 procent meer kracht per stap, net zoveel als het gewicht toeneemt:"""),
code("""round(load.step_force(90).high_n / load.step_force(80).high_n, 3)"""),
md("""Als elke kilo de druk zou verdrievoudigen, zou 10 kilo erbij de druk 3{sup}`10` = 59.049 keer zo groot maken. Wat wel klopt: een hoger gewicht geeft bij **elke** stap iets meer belasting, en dat telt over duizenden stappen per dag op.

:::{admonition} Wat dit model niet zegt
:class: warning
Deze rekenhulp is om te leren, geen diagnose. Hij rekent met gemiddelde piekkrachten uit onderzoek, niet met jouw voet, schoenen of looppatroon. Hielpijn met koorts, nachtelijke pijn, een ongeluk of een gevoelloze voet hoort bij een arts: zie {ref}`rode-vlaggen`.
:::"""),
md("""## Oefenen

```{exercise}
:label: ex-belasting-1

Een hardloper weegt 70 kg. Hoe groot is ongeveer de piekkracht per stap (in newton en in kg-kracht)? Gebruik de grafiek of `load.step_force`.
```"""),
tagged(md("""```{solution} ex-belasting-1
:class: dropdown

Bij hardlopen is de piek 2 tot 2,5 keer het lichaamsgewicht {cite:p}`keller1996`: 70 × 9,81 × 2 ≈ 1.373 N tot 70 × 9,81 × 2,5 ≈ 1.717 N, dus 140 tot 175 kg-kracht. In Python: `load.step_force(70, "hardlopen")`.
```"""), "solution"),
md("""```{exercise}
:label: ex-belasting-2

Iemand van 100 kg valt 10 kg af. Met hoeveel procent daalt de piekkracht per wandelstap? En waarom is dat percentage hetzelfde voor hardlopen?
```"""),
tagged(md("""```{solution} ex-belasting-2
:class: dropdown

Met 10 procent: de kracht is een vast veelvoud van het gewicht (bij wandelen 1,1 tot 1,3 keer), dus 10 procent minder gewicht is 10 procent minder kracht. Bij hardlopen is het veelvoud groter (2 tot 2,5), maar nog steeds vast, dus ook daar 10 procent.
```"""), "solution"),
code("""from hielspoor import quiz

quiz.show_quiz("belasting")"""),
md(""":::{admonition} Kernpunten
- Bij wandelen is de piekkracht onder je voet ongeveer 1,1 tot 1,3 keer je lichaamsgewicht, bij hardlopen 2 tot 2,5 keer.
- De belasting groeit recht evenredig met je gewicht: een kilo erbij is ongeveer 1,2 kg-kracht per wandelstap, geen verdrievoudiging.
- Een hoge BMI hangt samen met hielpijn, maar een model of een BMI is geen diagnose.
:::"""),
]
nb = new_notebook(cells=cells)
nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
nb.metadata["language_info"] = {"name": "python"}
nbf.write(nb, "notebooks/01_belasting_en_lichaamsgewicht.ipynb")
