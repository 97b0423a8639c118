"""Arms: the one vocabulary of weapons that the actor and event rules share, and the role each rule takes.

Four rules used to keep lists of their own (the means of an attack, the goods of a gift or sale, agent rows
that name hardware rather than people, the armed acts whose country names a force), and the lexicon's word
classes a fifth; written at different times, they had drifted apart ("warship" was goods and a force but no
means of attack, "gunboat" a force but no goods). Each role is now the same base plus what only that role
needs, and arms in general come from the lexicon's own word classes (`@weapons`, `@weaponkinds`), so a kind
of weapon added there is goods here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.coding.lexicon import word_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

# Machines of war that only armed forces field: named by a country ("Russian warplanes", "a U.S. drone") they
# stand for that country's forces. Munitions are apart: militants fire rockets and shells as often as armies.
PLATFORMS = frozenset({
    "tank", "drone", "missile", "warplane", "jet", "helicopter", "aircraft", "artillery", "warship", "gunboat",
    "submarine", "frigate", "destroyer",
})  # fmt: skip
MUNITIONS = frozenset({"rocket", "shell", "bomb", "mortar"})

# What a gift, sale or delivery gives: after "of" in "the delivery of tanks to Ukraine" it is the thing given,
# never whom it is given to, even where the actor dictionary reads it as a military party
GOODS = PLATFORMS | MUNITIONS | word_classes()["weapons"] | word_classes()["weaponkinds"]

# What armed force is aimed at and is no weapon (bases, positions, convoys, depots): a country adjective on one
# names whose it is, the side struck ("hit Iranian targets in Iraq"), where on a weapon it names only its make
STRUCK_SITES = word_classes()["struck"] - GOODS

# Means of an attack that name its author by a modifier ("killed by Israeli fire", "in a U.S. drone strike"):
# arms, fire, and the forces themselves
ATTACK_MEANS = PLATFORMS | MUNITIONS | {"fire", "gunfire", "sniper", "troops", "soldier", "force"}

# Agent rows that name hardware, not people: such a mention acts only as the force that flies or fires it
# (actors._bare_weapons); "air defenses" and "planes" are agents only when a country owns them
HARDWARE_AGENTS = PLATFORMS | {"plane", "defense", "defence"}

# Armed acts and arms whose country modifier names the force that acts ("Israeli strikes", "Russian
# shelling", "a Turkish offensive"): not munitions, nor "attack" or "bombing", which militants do as often ("a
# Palestinian attack ... the army said" is Israel's army)
ARMED_ACT_NOUNS = PLATFORMS | {
    "strike", "airstrike", "shelling", "bombardment", "incursion", "invasion", "offensive", "counteroffensive",
    "counterattack",
}  # fmt: skip

# What CAMEO's roadside bombing (1833) is done with: an IED ("improvised explosive device") or a roadside bomb or mine
ROADSIDE_MODIFIERS = frozenset({"roadside", "improvised"})


def roadside_bomb(tok: Token) -> bool:
    """Whether a noun names a bomb laid by a road or an IED ("struck by an IED", "a roadside bomb", "an improvised
    explosive device", "an IED attack"): news calls such a blast a roadside bombing whoever laid it."""
    lemma = tok.lemma_.lower()
    if lemma in {"ied", "ieds"} or tok.lower_ in {"ied", "ieds"}:
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
    if lemma in {"bomb", "mine", "device", "explosive"} and mods & ROADSIDE_MODIFIERS:
        return True
    # "an IED attack", "a roadside blast", "a roadside bombing"
    return lemma in {"attack", "blast", "explosion", "bombing"} and (
        bool(mods & (ROADSIDE_MODIFIERS | {"ied", "ieds"}))
    )


# Nouns for a bomb, its blast or its bomber, which a modifier sorts into CAMEO's kinds of bombing (183x)
BOMB_NOUNS = frozenset({"bomb", "bombing", "bomber", "blast", "explosion", "attack", "attacker", "explosive"})
# Vehicles a bomb is packed into: a car or truck bomb is CAMEO's car bombing (1832) whoever drove it
VEHICLE_MODIFIERS = frozenset({"car", "truck", "vehicle", "lorry", "van", "motorcycle", "motorbike"})


def bombing_kind(tok: Token) -> str | None:
    """The CAMEO bombing (183x) a noun names by its modifiers, or None: a roadside bomb or IED 1833, a car or truck
    bomb 1832, a suicide bomb, bombing or bomber 1831. News names a blast by what carried the bomb ("a car bomb
    explosion", "a truck bombing", "a suicide bomber"), and the kind holds whoever set it off; the modifiers of a
    compound modifier count too ("a car bomb explosion": "car" modifies "bomb", which modifies "explosion")."""
    if roadside_bomb(tok):
        return "1833"
    lemma = tok.lemma_.lower()
    if lemma not in BOMB_NOUNS:
        return None
    mods = {c for c in tok.children if c.dep_ in {"amod", "compound"}}
    words = {c.lower_ for c in mods} | {
        g.lower_ for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in {"amod", "compound"}
    }
    if "suicide" in words:
        return "1831"
    bomb = lemma in {"bomb", "bombing", "bomber"} or bool(words & {"bomb", "bombing"})
    if bomb and words & VEHICLE_MODIFIERS:
        return "1832"
    return None


# Machines that strike from the air, and those that fire from the ground: CAMEO's aerial weapons (195) and its
# artillery and tanks (194)
AERIAL_PLATFORMS = frozenset({
    "drone", "missile", "warplane", "jet", "helicopter", "aircraft", "plane", "bomber", "gunship",
})  # fmt: skip
GROUND_PLATFORMS = frozenset({"artillery", "tank", "howitzer"})
# Nouns of a fighting unit, which a compound names by its arm ("air force", "artillery units", "tank brigade")
UNIT_NOUNS = frozenset({"force", "unit", "battery", "brigade", "regiment", "squadron", "wing", "battalion", "crew"})


def weapon_agent(children: list[Token]) -> set[str]:
    """The lemmas of a passive's "by" agent when it names a weapon ("was blown up by a Russian missile", "damaged
    by Israeli artillery"): English names the means of a destruction as its agent, as "with" does in the active
    ("destroyed the bridge with a missile"), so what names the force is the weapon's kind."""
    return {
        w.lemma_.lower()
        for a in children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj" and g.lemma_.lower() in GOODS
        for w in (g, *(c for c in g.children if c.dep_ == "compound"))
    }


def weapon_subject(tok: Token) -> str | None:
    """The CAMEO kind of force (195 aerial, 194 artillery and tanks) an armed act is told with when its subject is a
    weapon ("Israeli warplanes struck targets", "Russian drones hit power stations", "Russian artillery pounded the
    town"): English names the machine as the doer of what its crews or launchers did, so the kind of machine is the
    kind of force used, as a passive's weapon agent ("was destroyed by a Russian missile") already says."""
    for c in tok.children:
        if c.dep_ != "nsubj":
            continue
        lemma = c.lemma_.lower()
        if lemma in UNIT_NOUNS:
            # "the Russian air force struck", "Ukrainian artillery units shelled", "a drone unit hit": a unit named
            # by its arm fights with that arm's weapons, as the machine named alone would
            arms = {g.lemma_.lower() for g in c.children if g.dep_ in {"compound", "amod"}}
            lemma = "aircraft" if "air" in arms else next(iter(arms & (AERIAL_PLATFORMS | GROUND_PLATFORMS)), lemma)
        if lemma in AERIAL_PLATFORMS:
            return "195"
        if lemma in GROUND_PLATFORMS:
            return "194"
    return None
