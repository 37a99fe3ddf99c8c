"""A French data skills matrix, written as a ladder: 6 tracks, 24 roles, 48 skills, 7 levels.

The shape of many public skills matrices: every skill described at every level of one scale,
roles that require a level of some of the skills, no KPIs, no transitions. Writing it from
a few tables keeps the fixture short to read; the ids come from the French names through
`suggest_slug`, as an editor would be told to write them (accents dropped).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.model.types import suggest_slug

LEVELS = [
    ("Notions", "A entendu parler du sujet et en connaît le vocabulaire."),
    ("Débutant", "Réalise des tâches simples avec l'aide d'un collègue."),
    ("Intermédiaire", "Travaille seul sur des cas courants."),
    ("Confirmé", "Traite les cas complexes et conseille l'équipe."),
    ("Avancé", "Fait référence dans l'équipe et améliore les pratiques."),
    ("Expert", "Fait référence dans l'entreprise et arbitre les choix difficiles."),
    ("Référent", "Est reconnu au-delà de l'entreprise et fait évoluer le métier."),
]
LEVEL_PHRASES = [
    "Sait expliquer ce que recouvre {skill}.",
    "Pratique {skill} sur des cas guidés, avec relecture.",
    "Pratique {skill} en autonomie sur les besoins courants de l'équipe.",
    "Maîtrise {skill} sur des sujets complexes et relit le travail des autres.",
    "Définit les bonnes pratiques de {skill} pour plusieurs équipes.",
    "Porte la stratégie de {skill} à l'échelle de l'entreprise.",
    "Fait progresser {skill} au-delà de l'entreprise : publications, conférences, normes.",
]
CATEGORIES = {
    "Ingénierie": [
        "Modélisation de données",
        "Pipelines d'ingestion",
        "Traitement par lots",
        "Traitement en flux",
        "Entrepôts de données",
        "Orchestration des traitements",
        "Qualité des données",
        "Optimisation des requêtes",
    ],
    "Analyse": [
        "Langage SQL",
        "Statistiques descriptives",
        "Tests A/B",
        "Analyse exploratoire",
        "Définition d'indicateurs",
        "Tableaux de bord",
        "Récit par la donnée",
        "Connaissance du métier",
    ],
    "Science": [
        "Apprentissage supervisé",
        "Apprentissage non supervisé",
        "Séries temporelles",
        "Traitement du langage",
        "Vision par ordinateur",
        "Évaluation des modèles",
        "Inférence causale",
        "Optimisation mathématique",
    ],
    "Industrialisation": [
        "Déploiement de modèles",
        "Suivi des modèles",
        "Intégration continue",
        "Conteneurs",
        "Infrastructure en nuage",
        "Gestion des coûts",
        "Sécurité des plateformes",
        "Observabilité",
    ],
    "Gouvernance": [
        "Protection des données personnelles",
        "Catalogue de données",
        "Lignage des données",
        "Gestion des accès",
        "Éthique des algorithmes",
        "Référentiels de données",
        "Politique de conservation",
        "Conformité réglementaire",
    ],
    "Collaboration": [
        "Recueil du besoin",
        "Vulgarisation",
        "Conduite de projet",
        "Animation d'atelier",
        "Transmission des savoirs",
        "Revue de code",
        "Documentation",
        "Priorisation",
    ],
}
TRACKS = {
    "Ingénierie des données": ("Ingénierie", "Analyse"),
    "Analyse de données": ("Analyse", "Collaboration"),
    "Science des données": ("Science", "Analyse"),
    "Ingénierie de l'apprentissage automatique": ("Industrialisation", "Science"),
    "Gouvernance des données": ("Gouvernance", "Collaboration"),
    "Architecture des données": ("Ingénierie", "Industrialisation"),
}
GRADES = [("junior", 2), ("confirmé", 3), ("senior", 4), ("expert", 6)]
JOBS = {
    "Ingénierie des données": "Ingénieur·e données",
    "Analyse de données": "Analyste de données",
    "Science des données": "Data scientist",
    "Ingénierie de l'apprentissage automatique": "Ingénieur·e MLOps",
    "Gouvernance des données": "Data steward",
    "Architecture des données": "Architecte données",
}


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=96)
    path.write_text(text, encoding="utf-8")


def write_french_matrix(root: Path) -> None:
    """Write the ladder into `root` (created if needed)."""
    scale = [
        {"id": suggest_slug(name), "name": name, "meaning": meaning} for name, meaning in LEVELS
    ]
    _dump(
        root / "handbook.yml",
        {
            "organisation": {
                "name": "Donnéa",
                "description": "Donnéa conseille les collectivités sur leurs données.",
            },
            "version": "2026.1",
            "changelog": [
                {
                    "version": "2026.1",
                    "date": "2026-02-02",
                    "summary": "Première matrice de compétences publiée.",
                }
            ],
            "proficiency_scale": scale,
            "competency_categories": [
                {"id": suggest_slug(name), "name": name, "summary": f"Les compétences : {name}."}
                for name in CATEGORIES
            ],
        },
    )
    for category, skills in CATEGORIES.items():
        for skill in skills:
            lowered = skill[0].lower() + skill[1:]
            levels = {
                level["id"]: phrase.format(skill=lowered)
                for level, phrase in zip(scale, LEVEL_PHRASES, strict=True)
            }
            _dump(
                root / "competencies" / f"{suggest_slug(skill)}.yml",
                {
                    "id": suggest_slug(skill),
                    "name": skill,
                    "category": suggest_slug(category),
                    "levels": levels,
                },
            )
    for order, (track, (main, second)) in enumerate(TRACKS.items(), start=1):
        track_id = suggest_slug(track)
        _dump(root / "tracks" / f"{track_id}.yml", {"id": track_id, "name": track, "order": order})
        for level, (grade, rank) in enumerate(GRADES, start=1):
            title = f"{JOBS[track]} {grade}"
            required = {suggest_slug(s): scale[rank - 1]["id"] for s in CATEGORIES[main][:6]}
            required |= {suggest_slug(s): scale[rank - 2]["id"] for s in CATEGORIES[second][:3]}
            role_id = suggest_slug(title)
            _dump(
                root / "roles" / f"{role_id}.yml",
                {
                    "id": role_id,
                    "title": title,
                    "track": track_id,
                    "level": level,
                    "competencies": required,
                },
            )
